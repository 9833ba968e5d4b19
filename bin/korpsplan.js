#!/usr/bin/env node
'use strict';
// The korpsplan command line. Runs the TypeScript sources through tsx so that `npx korpsplan`
// works straight after `npm ci`.
require('tsx/cjs');
require('../cli/main.ts')
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack || err.message : String(err)}\n`);
    process.exitCode = 2;
  });
