#!/usr/bin/env node
'use strict';
// The korpsplan command line. Runs the compiled bundle dist/cli/korpsplan.js, built by `npm ci`
// (the `prepare` script) or `npm run build:cli` from cli/build.ts. When there is no bundle, or a
// source that went into it is newer (a checkout or an edit since the last build), it runs the
// TypeScript sources through tsx's command line in a child process instead (~1 s slower a start,
// never stale): tsx as a require hook alone cannot load the commands, which cli/main.ts loads with
// import().
// cli/main.ts run() prints every failure through the CPR mask.
const { spawnSync } = require('node:child_process');
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

// Node 22.1+: keep V8's compiled code between starts (a no-op where the API does not exist).
const nodeModule = require('node:module');
if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'cli', 'korpsplan.js');

function bundleIsCurrent() {
  let built;
  let sources;
  try {
    built = statSync(bundle).mtimeMs;
    sources = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'sources.json'), 'utf8'));
  } catch {
    return false; // not built
  }
  if (!Array.isArray(sources)) return false;
  for (const source of sources) {
    try {
      if (statSync(join(root, source)).mtimeMs > built) return false;
    } catch {
      return false; // a source went away: the bundle is of another tree
    }
  }
  return true;
}

if (bundleIsCurrent()) {
  require('./load-bundle').loadBundle(bundle).run(process.argv);
} else {
  const child = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), join(root, 'cli', 'main.ts'), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (child.error) throw child.error;
  process.exitCode = child.status ?? 1;
}
