import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The packed package's tests pack and install it: once per run of the suites, not per zone.
    exclude: process.env["EHC_PACKAGE_TESTS"] === "1" ? [] : ["test/package/**"],
    // Property tests and CLI runs can take a few seconds on a 2-core machine.
    testTimeout: 30_000,
  },
});
