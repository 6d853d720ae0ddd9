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
  schema: "src/adapters/json-schema.ts",
};

export default defineConfig([
  {
    // The library: ESM and CommonJS with types for both.
    entry: LIBRARY_ENTRIES,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    treeshake: true,
  },
  {
    // The command line: one ESM file with a shebang.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
  },
]);
