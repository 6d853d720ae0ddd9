// docs/machine.md is rendered from the event table and the wiring table: it must be current, and
// its diagram must draw every move the event table declares.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RENDER_MACHINE_COMMAND, renderMachinePage, stageDiagram, staleMachinePage } from "../../scripts/render-machine";
import { RULES } from "../../src/law/catalogue";
import { EVENT_TABLE, NATURAL_ORDER_OF_TYPES } from "../../src/process/event-table";
import { STAGES } from "../../src/process/states";

describe("docs/machine.md", () => {
  it(`shows what scripts/render-machine.ts renders now (run ${RENDER_MACHINE_COMMAND} after changing a table)`, () => {
    expect(renderMachinePage().map((p) => p.path)).toEqual(["docs/machine.md"]);
    expect(staleMachinePage(), `stale: run ${RENDER_MACHINE_COMMAND} and commit the result`).toEqual([]);
  });

  it("draws a node for every stage and an arrow for every declared move", () => {
    const diagram = stageDiagram().join("\n");
    for (const stage of STAGES) expect(diagram).toContain(`state "${stage}" as ${stage.replace(/-/g, "_")}`);
    // A move in the table is an arrow with its event type on it.
    expect(diagram).toMatch(/awaiting_assessment_decision --> not_issuing|any_stage --> not_issuing : .*plan-decision/);
    expect(diagram).toContain("not_started --> sen_support : support-started, support-plan-agreed");
    const moving = NATURAL_ORDER_OF_TYPES.filter((type) => EVENT_TABLE[type].moves !== undefined);
    for (const type of moving) expect(diagram, type).toContain(type);
  });

  it("has a section for every rule and a row for every event type", () => {
    const page = readFileSync(new URL("../../docs/machine.md", import.meta.url), "utf8");
    for (const rule of RULES) expect(page).toContain(`### \`${rule.id}\``);
    for (const type of NATURAL_ORDER_OF_TYPES) expect(page).toMatch(new RegExp(`^\\| \\d+ \\| \`${type}\` \\|`, "m"));
  });
});
