'use strict';
// Loads the command line's compiled bundle (dist/cli/korpsplan.js) for bin/korpsplan.js, keeping
// V8's compiled code of it between starts.
//
// Node parses and compiles the whole bundle at every start: most of what a command such as
// `korpsplan --version` costs beyond Node's own start. Node 22.1+ keeps compiled code between starts
// itself (module.enableCompileCache, which bin/korpsplan.js turns on): there the bundle is required
// as any module. Before it (Node 20) this does the same for the one file by hand, with V8's code
// cache through node:vm: the cache lies beside the bundle, named after the bundle's size and time
// (a rebuilt bundle never meets an old cache; V8 itself rejects a cache of another V8 or other
// flags, and then the bundle is compiled as usual and a new cache written). The cache is written
// when the process exits, so that it also holds the functions the command compiled on the way.
// Written to a temporary name and renamed: two commands at once never read half a cache.
//
// Not a package: v8-compile-cache does this for every module a process loads, through Module
// internals, and has had no release since 2023; one file needs twenty lines.

const { readFileSync, renameSync, statSync, unlinkSync, writeFileSync, readdirSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const nodeModule = require('node:module');

/** Errors of a cache that cannot be written where the bundle is (a read-only install): no cache then. */
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The name of the bundle's code cache: its size and time in it. */
function cacheFileOf(bundle) {
  const { size, mtimeMs } = statSync(bundle);
  return `${bundle}.${size}-${Math.round(mtimeMs)}.cache`;
}

function writeCache(script, bundle, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch (err) {
    if (err && READ_ONLY.has(err.code)) return; // the bundle's folder is not ours to write: no cache
    throw err;
  }
  // Caches of earlier builds of the bundle go.
  const prefix = `${basename(bundle)}.`;
  for (const name of readdirSync(dirname(bundle))) {
    const path = join(dirname(bundle), name);
    if (path === cacheFile || !name.startsWith(prefix) || !name.endsWith('.cache')) continue;
    try {
      unlinkSync(path);
    } catch (err) {
      if (!err || err.code !== 'ENOENT') throw err; // another start removed it first
    }
  }
}

/** The bundle's exports; `useCache` false: required as any module. */
function loadBundle(bundle, useCache = typeof nodeModule.enableCompileCache !== 'function') {
  if (!useCache) return require(bundle);
  const vm = require('node:vm');
  const cacheFile = cacheFileOf(bundle);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch (err) {
    if (!err || err.code !== 'ENOENT') throw err;
  }
  const script = new vm.Script(nodeModule.wrap(readFileSync(bundle, 'utf8')), {
    filename: bundle,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => writeCache(script, bundle, cacheFile));
  }
  const mod = new nodeModule(bundle, module);
  mod.filename = bundle;
  mod.paths = nodeModule._nodeModulePaths(dirname(bundle));
  const run = script.runInThisContext();
  run.call(mod.exports, mod.exports, nodeModule.createRequire(bundle), mod, bundle, dirname(bundle));
  mod.loaded = true;
  return mod.exports;
}

module.exports = { loadBundle };
