// The event limits of the HTTP handler and the command line (docs/performance.md: long cases): a
// case over MAX_EVENTS_PER_CASE events, or a request over MAX_EVENTS_PER_REQUEST in all, is
// refused before it is computed (413 / exit 2) with an issue naming where, in fixed words.
import { describe, expect, it } from "vitest";
import { createHandler } from "../../src/adapters/http";
import { runCli } from "../../src/cli/program";
import { CASE_WEIGHT, MAX_EVENTS_PER_CASE, MAX_EVENTS_PER_REQUEST } from "../../src/timeline/event-limits";
import { lineIo } from "../cli/line-io";

const handle = createHandler({ today: () => "2025-06-01" });
const post = (path: string, body: string, headers: Record<string, string> = {}) => handle(new Request(`http://ehc.test${path}`, { method: "POST", body, headers }));

/** A case of `count` SEN support reviews (valid events, so only the limit can refuse it). */
const caseOf = (count: number, caseId = "LIMIT") => ({
  caseId,
  events: Array.from({ length: count }, (_, i) =>
    i === 0 ? { id: "e0", type: "support-started", date: "2025-01-06" } : { id: `e${i}`, type: "support-reviewed", date: "2025-01-06", outcome: "continue" },
  ),
});

const issuesOf = async (response: Response) => ((await response.json()) as { issues: { code: string; path: string; message: string }[] }).issues;

describe("HTTP", () => {
  it("POST /timeline: a case of one event more than the limit is 413, naming its events", async () => {
    const response = await post("/timeline", JSON.stringify(caseOf(MAX_EVENTS_PER_CASE + 1)));
    expect(response.status).toBe(413);
    expect(await issuesOf(response)).toEqual([{ code: "too-many-events", path: "events", message: `a case may hold at most ${MAX_EVENTS_PER_CASE} events` }]);
  });

  it("POST /timeline: a case at the limit is computed", async () => {
    expect((await post("/timeline", JSON.stringify(caseOf(MAX_EVENTS_PER_CASE)))).status).toBe(200);
  });

  it("POST /timelines: the case over the limit is named by its place, as JSON and as NDJSON", async () => {
    const cases = [caseOf(3, "A"), caseOf(MAX_EVENTS_PER_CASE + 1, "B")];
    for (const [body, headers] of [
      [JSON.stringify(cases), {}],
      [cases.map((c) => JSON.stringify(c)).join("\n"), { "content-type": "application/x-ndjson" }],
    ] as const) {
      const response = await post("/timelines", body, headers);
      expect(response.status).toBe(413);
      expect((await issuesOf(response)).map((i) => [i.code, i.path])).toEqual([["too-many-events", "[1].events"]]);
    }
  });

  it("POST /timelines and /report: cases each within the limit but over the request's limit in all are 413", async () => {
    const perCase = MAX_EVENTS_PER_CASE;
    const cases = Array.from({ length: MAX_EVENTS_PER_REQUEST / perCase + 1 }, (_, i) => caseOf(perCase, `C${i}`));
    for (const path of ["/timelines", "/report?from=2025-01-01&to=2025-06-01"]) {
      const response = await post(path, JSON.stringify(cases));
      expect(response.status).toBe(413);
      expect(await issuesOf(response)).toEqual([
        { code: "too-many-events", path: "", message: `a request may hold at most ${MAX_EVENTS_PER_REQUEST} events in all, a case counting at least ${CASE_WEIGHT}` },
      ]);
    }
  });

  it("POST /timelines: one-event cases count as CASE_WEIGHT each: as many as fit are computed, one more is 413", async () => {
    const cases = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => caseOf(1, `S${i}`)));
    expect((await post("/timelines", cases(MAX_EVENTS_PER_REQUEST / CASE_WEIGHT))).status).toBe(200);
    expect((await post("/timelines", cases(MAX_EVENTS_PER_REQUEST / CASE_WEIGHT + 1))).status).toBe(413);
  });
});

describe("command line", () => {
  it("timeline: a case over the limit exits 2 with one line naming its events", async () => {
    const io = lineIo({ "big.json": [JSON.stringify(caseOf(MAX_EVENTS_PER_CASE + 1))] });
    expect(await runCli(["timeline", "big.json", "--as-of", "2025-06-01"], io)).toBe(2);
    expect(io.err()).toContain(`events: a case may hold at most ${MAX_EVENTS_PER_CASE} events`);
    expect(io.out()).toBe("");
  });

  it("batch: the line over the limit is answered as unreadable and the run exits 2; the other lines are computed", async () => {
    const io = lineIo({ f: [JSON.stringify(caseOf(3, "SMALL")), JSON.stringify(caseOf(MAX_EVENTS_PER_CASE + 1, "BIG"))] });
    expect(await runCli(["batch", "f", "--as-of", "2025-06-01"], io)).toBe(2);
    const lines = io
      .out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]?.["caseId"]).toBe("SMALL");
    expect(JSON.stringify(lines[1])).toContain("too-many-events");
    expect(io.err()).toContain("line 2");
  });
});
