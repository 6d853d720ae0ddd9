// The mutation test set's setup (vitest.mutation.config.ts): every property test without a seed
// of its own draws the same values on every run, so a mutant's coverage and result do not change
// from one run to the next, and the incremental report can reuse them (docs/quality.md).
import fc from "fast-check";

fc.configureGlobal({ seed: 20_261_206 });
