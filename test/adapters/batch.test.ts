import { describe, expect, it } from "vitest";
import { parseNdjsonLine, readNdjsonCases, timelines } from "../../src/timeline/batch";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import onTime from "../../examples/cases/assessment-on-time.json";
import lifecycle from "../../examples/cases/plan-lifecycle.json";

const cases = [parseCaseFileOrThrow(onTime), parseCaseFileOrThrow(lifecycle)];

describe("timelines()", () => {
  it("gives, in order, the same timeline per case as timeline()", () => {
    const options = { asOf: "2025-03-01" };
    expect(timelines(cases, options)).toEqual(cases.map((c) => timeline(c, options)));
    expect(timelines([], options)).toEqual([]);
  });
});

describe("NDJSON cases", () => {
  it("numbers lines as in the input, skips blank ones and reports bad ones", async () => {
    const lines = [JSON.stringify(onTime), "", "   ", "{not json", JSON.stringify({ caseId: "X" }), `\uFEFF${JSON.stringify(lifecycle)}\r`];
    const items = [];
    for await (const item of readNdjsonCases(lines)) items.push(item);
    expect(items.map((i) => [i.kind, i.line])).toEqual([
      ["case", 1],
      ["invalid", 4],
      ["invalid", 5],
      ["case", 6],
    ]);
    expect(items[1]).toMatchObject({ issues: [{ code: "invalid-json", path: "" }] });
    expect(items[2]).toMatchObject({ issues: [{ code: "missing", path: "events" }] });
  });

  it("reads an async source one line at a time", async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 3; i += 1) {
        pulled += 1;
        yield JSON.stringify(onTime);
      }
    }
    const iterator = readNdjsonCases(source());
    await iterator.next();
    expect(pulled).toBe(1);
  });

  it("parses a single line", () => {
    expect(parseNdjsonLine(JSON.stringify(onTime), 7)).toMatchObject({ kind: "case", line: 7, caseFile: { caseId: "EXAMPLE-001" } });
  });
});
