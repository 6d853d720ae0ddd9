import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests and CLI runs can take a few seconds on a 2-core machine.
    testTimeout: 30_000,
  },
});
