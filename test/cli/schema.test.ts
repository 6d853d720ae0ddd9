import { describe, expect, it } from "vitest";
import { caseFileJsonSchema, timelineJsonSchema } from "../../src/adapters/json-schema";
import { runCli } from "../../src/cli/program";
import { lineIo } from "./line-io";

describe("ehc-timeline schema", () => {
  it.each([
    [[], caseFileJsonSchema()],
    [["case-file"], caseFileJsonSchema()],
    [["timeline"], timelineJsonSchema()],
  ])("prints the JSON Schema for %j", async (args, schema) => {
    const io = lineIo({});
    expect(await runCli(["schema", ...args], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(schema);
    expect(io.err()).toBe("");
  });

  it("exits 2 with a one-line message for an unknown schema", async () => {
    const io = lineIo({});
    expect(await runCli(["schema", "plan"], io)).toBe(2);
    expect(io.err()).toMatch(/^error: command-argument value 'plan' is invalid for argument 'name'\. Allowed choices are case-file, timeline, timeline-compact, rules\.\n$/);
  });
});
