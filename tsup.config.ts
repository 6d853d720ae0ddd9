import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CommonJS with types for both.
    entry: { index: "src/index.ts" },
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
