/* Loads the TypeScript test helpers (test/helpers/samples.ts and friends) into plain Node by
   transpiling them on the fly, so the benchmark measures the very sample documents the tests use
   instead of a copy of their text. Type-only imports vanish in transpilation. */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");
const ts = require("typescript");
const { root } = require("./load-built");

const cache = new Map();

function loadTs(rel) {
  const file = path.resolve(root, rel.endsWith(".ts") ? rel : `${rel}.ts`);
  if (cache.has(file)) return cache.get(file).exports;
  const out = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: file,
  }).outputText;
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  cache.set(file, mod);
  // Relative imports between helpers resolve to their .ts files; everything else as usual.
  mod.require = (id) => {
    if (id.startsWith(".")) {
      const target = path.resolve(path.dirname(file), id);
      if (fs.existsSync(`${target}.ts`)) return loadTs(path.relative(root, `${target}.ts`));
    }
    return Module.prototype.require.call(mod, id);
  };
  mod._compile(out, file);
  return mod.exports;
}

module.exports = { loadTs };
