import type { TestSequencer, TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

// The tests that run in-process against the engine, for mutation testing src/dates, src/timeline
// and src/process (`npm run mutation`, stryker.config.json; docs/quality.md). Left out: the tests
// that spawn the CLI, start worker threads or a browser, pack the package, or read only the
// schema and adapters.

// A mutant's run stops at its first failing test, so the quick, pointed tests go first and the
// generated histories (property tests, the golden corpus) last; vitest's own order is the
// slowest first.
const LAST = [/properties\.test\.ts$/, /lifecycle\.test\.ts$/, /state-invariants\.test\.ts$/, /civil-date\.test\.ts$/, /golden\//];
const rank = (file: TestSpecification): number => {
  if (file.moduleId.includes("/test/vectors/")) return -1;
  const last = LAST.findIndex((pattern) => pattern.test(file.moduleId));
  return last === -1 ? 0 : last + 1;
};
class QuickFirst implements TestSequencer {
  shard(files: TestSpecification[]): TestSpecification[] {
    return files;
  }
  sort(files: TestSpecification[]): TestSpecification[] {
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    include: [
      "test/dates/**/*.test.ts",
      "test/disputes/**/*.test.ts",
      "test/timeline/**/*.test.ts",
      "test/process/**/*.test.ts",
      "test/maintenance/**/*.test.ts",
      "test/support/**/*.test.ts",
      "test/vectors/**/*.test.ts",
      "test/law/**/*.test.ts",
      "test/agenda/**/*.test.ts",
      "test/golden/**/*.test.ts",
      "test/adapters/batch.test.ts",
      "test/adapters/event-limits.test.ts",
      "test/hostile/date-range.test.ts",
    ],
    testTimeout: 30_000,
    // Fixed values for the property tests: random ones made mutants' coverage and results differ
    // from run to run, so each clean run re-tested about a hundred of them (docs/quality.md).
    setupFiles: ["test/mutation-setup.ts"],
    // One module graph for every file of a run: each mutant's run would otherwise import the
    // engine again for every test file it runs. The engine keeps no state between calls.
    isolate: false,
    sequence: { sequencer: QuickFirst },
  },
});
