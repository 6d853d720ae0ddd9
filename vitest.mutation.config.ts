import { defineConfig } from "vitest/config";

// The tests of src/dates, for mutation testing it (`npm run mutation`, stryker.config.json): the
// date tests, the Tribunal's day rules, and the readings that move an anchor (receipt, service).
export default defineConfig({
  test: {
    include: ["test/dates/**/*.test.ts", "test/disputes/tribunal-days.test.ts", "test/timeline/readings.test.ts"],
    testTimeout: 30_000,
  },
});
