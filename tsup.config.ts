import { type Options, defineConfig } from "tsup";

/** The core and each adapter are separate entry points, so an importer of the core pulls no adapter code. */
const LIBRARY_ENTRIES = {
  index: "src/index.ts",
  report: "src/report/index.ts",
  csv: "src/adapters/csv.ts",
  ical: "src/adapters/ical.ts",
  mermaid: "src/adapters/mermaid.ts",
  svg: "src/adapters/svg.ts",
  http: "src/adapters/http.ts",
  "node-http": "src/adapters/node-http.ts",
  schema: "src/adapters/json-schema.ts",
  sen2: "src/import/sen2/index.ts",
};

/**
 * Prepares each chunk of the command line, split by esbuild as ES modules, for rollup to write
 * as CommonJS (tsup's `treeshake`): `import()` of a chunk or a built-in becomes `require`, so
 * that a command's code is loaded by Node.js's CommonJS loader, and compiled from the code cache,
 * like the rest; `import.meta.resolve` serves only a run from source (worker-start.ts).
 *
 * Rollup writes a chunk's exports as plain properties. esbuild's own CommonJS writes them as
 * getters, which cost `batch` about a tenth of its speed on one thread; tsup's CommonJS
 * splitting without rollup rewrites every `?.` and `??` into a helper call.
 */
const commonJsChunks: NonNullable<Options["plugins"]>[number] = {
  name: "commonjs-chunks",
  renderChunk(code) {
    return {
      code: code.replace(/\bimport\(("[^"]+")\)/g, "Promise.resolve().then(() => require($1))").replaceAll("import.meta.resolve(", "(void 0)("),
    };
  },
};

export default defineConfig([
  {
    // The library: ESM and CommonJS with types for both. Shared code goes into chunks in both
    // formats, so the root and the subpaths load one engine (one `TimelinessTally` class), not a copy each.
    // No source maps: they would double the install for code that is readable as built.
    entry: LIBRARY_ENTRIES,
    format: ["esm", "cjs"],
    splitting: true,
    dts: true,
    sourcemap: false,
    target: "node20",
    treeshake: true,
  },
  {
    // The command line: CommonJS with a shebang and its dependencies bundled in, so that it needs
    // none of the library's optional peers installed and starts without resolving hundreds of
    // files; each command's code is a chunk loaded when that command runs. CommonJS because only
    // CommonJS can be compiled from V8's code cache on Node.js 20 (src/cli/compile-cache.ts).
    entry: { cli: "src/cli/main.ts" },
    format: ["cjs"],
    splitting: true,
    treeshake: true,
    // Not tsup's `shims`: with splitting, its `import.meta.url` is that of the chunk it lands in.
    // Rollup writes each file's own, from its `__filename`.
    noExternal: [/.*/],
    plugins: [commonJsChunks],
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
    sourcemap: false,
    target: "node20",
  },
]);
