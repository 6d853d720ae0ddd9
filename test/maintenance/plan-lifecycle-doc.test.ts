// docs/maintaining-a-plan.md shows the timeline of examples/cases/plan-lifecycle.json; this test
// keeps the table in the guide equal to what the engine computes (the dates themselves are
// worked by hand in plan-lifecycle.test.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCaseFileOrThrow, timeline } from "../../src/index";

describe("docs/maintaining-a-plan.md", () => {
  it("its table is the timeline of the bundled case as of 2025-03-01", () => {
    const doc = readFileSync("docs/maintaining-a-plan.md", "utf8");
    const shown = doc
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) =>
        line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const result = timeline(parseCaseFileOrThrow(JSON.parse(readFileSync("examples/cases/plan-lifecycle.json", "utf8"))), {
      asOf: "2025-03-01",
    });
    const computed = result.deadlines.map((d) => [`\`${d.key}\``, d.due ?? "", d.status, d.doneOn ?? "—", d.strength]);
    expect(shown).toEqual(computed);
    expect(result.problems).toEqual([]);
  });
});
