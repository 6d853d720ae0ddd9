import { defineConfig } from "tsup";

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
    // The command line: ESM with a shebang and its dependencies bundled in, so that it needs none
    // of the library's optional peers installed and starts without resolving hundreds of files;
    // each command's code is a chunk loaded when that command runs.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    splitting: true,
    noExternal: [/.*/],
    // commander is CommonJS: bundled into ESM, its `require("events")` needs a require.
    banner: { js: 'import { createRequire as __cliCreateRequire } from "node:module"; const require = __cliCreateRequire(import.meta.url);' },
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
    sourcemap: false,
    target: "node20",
  },
]);
