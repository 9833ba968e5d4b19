#!/usr/bin/env node
'use strict';
// The korpsplan command line. Runs the TypeScript sources through tsx so that `npx korpsplan`
// works straight after `npm ci`. cli/main.ts run() prints every failure through the CPR mask.
require('tsx/cjs');
require('../cli/main.ts').run(process.argv);
