import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cell, eventGroups, RENDER_REFERENCE_COMMAND, renderReference, staleReference } from "../../scripts/render-reference";
import { EVENT_TYPES } from "../../src/schema/events";
import { PROBLEMS } from "../../src/vocabulary/problems";

const page = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("docs/events.md and docs/problems.md", () => {
  it(`show what scripts/render-reference.ts renders now (run ${RENDER_REFERENCE_COMMAND} after changing events or problems)`, () => {
    expect(renderReference().map((p) => p.path)).toEqual(["docs/events.md", "docs/problems.md"]);
    expect(staleReference(), `stale reference pages: run ${RENDER_REFERENCE_COMMAND} and commit the result`).toEqual([]);
  });

  it("name every event type once, in the order of EVENT_TYPES, in the groups of src/schema/events.ts", () => {
    expect(eventGroups().map((g) => g.title)).toEqual([
      "Graduated approach (SEN support)",
      "EHC needs assessment and plan",
      "Maintaining the plan",
      "Disagreement resolution",
    ]);
    const headings = [...page("docs/events.md").matchAll(/^### `([a-z0-9-]+)`$/gm)].map((m) => m[1]);
    expect(headings).toEqual(EVENT_TYPES);
  });

  it("name every problem code once, in the order of PROBLEMS", () => {
    const rows = [...page("docs/problems.md").matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(Object.keys(PROBLEMS));
  });

  it("escape | and line breaks in table cells", () => {
    expect(cell("a | b\nc")).toBe("a \\| b c");
  });
});
