// POST /timelines with NDJSON in and out answers line by line, as `ehc-timeline batch` does: one
// answer per input line, in place, the same bytes as the command line, written as they are
// computed (docs/integration.md § HTTP).
import { describe, expect, it } from "vitest";
import { createHandler } from "../../src/adapters/http";
import { runCli } from "../../src/cli/program";
import { CASE_WEIGHT, MAX_EVENTS_PER_REQUEST } from "../../src/timeline/event-limits";
import { lineIo } from "../cli/line-io";
import { EXAMPLE_TEXT } from "./fixtures";

const TODAY = "2025-01-10";
const handle = createHandler({ today: () => TODAY });
const NDJSON = { "content-type": "application/x-ndjson", accept: "application/x-ndjson" };
const post = (body: string, headers: Record<string, string> = NDJSON) => handle(new Request(`http://ehc.test/timelines?asOf=${TODAY}`, { method: "POST", body, headers }));

const example = JSON.stringify(JSON.parse(EXAMPLE_TEXT));
const LINES = [
  example,
  "",
  "{ not json",
  JSON.stringify({ caseId: "C-2", events: [{ type: "assessment-requested", date: "2024-13-01", by: "parent" }] }),
  JSON.stringify({ caseId: "C-3", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }] }),
];

describe("POST /timelines, NDJSON in and out", () => {
  it("answers every line in its place, with 200 even when some lines are unusable", async () => {
    const response = await post(`${LINES.join("\n")}\n`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const answers = (await response.text())
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers).toHaveLength(5);
    expect(answers[0]).toMatchObject({ caseId: "EXAMPLE-001", asOf: TODAY });
    expect(answers[1]).toEqual({ line: 2, skipped: "blank line" });
    expect(answers[2]).toMatchObject({ line: 3, issues: [{ code: "invalid-json" }] });
    expect(answers[3]).toMatchObject({ line: 4, issues: [{ path: "events[0].date" }] });
    // Regs 5(1): the request of Wed 4 Sep 2024 is decided by Wed 16 Oct 2024 (6 weeks).
    expect((answers[4]?.["deadlines"] as { rule: string; due: string }[]).find((d) => d.rule === "assessment-decision")?.due).toBe("2024-10-16");
  });

  it("gives the bytes `ehc-timeline batch` gives for the same lines", async () => {
    const http = await (await post(`${LINES.join("\n")}\n`)).text();
    const io = lineIo({ "cases.ndjson": LINES });
    await runCli(["batch", "cases.ndjson", "--as-of", TODAY, "--jobs", "1"], io);
    expect(http).toBe(io.out());
  });

  it("writes the answers as they are computed, in more than one chunk for a long body", async () => {
    const body = `${Array.from({ length: 100 }, () => example).join("\n")}\n`;
    const reader = (await post(body)).body?.getReader();
    let chunks = 0;
    let lines = 0;
    for (;;) {
      const read = await reader?.read();
      if (read === undefined || read.done) break;
      chunks += 1;
      lines += Buffer.from(read.value).toString("utf8").split("\n").length - 1;
    }
    expect(lines).toBe(100);
    expect(chunks).toBeGreaterThan(1);
  });

  it("refuses a body over the request's event limit before answering anything (413)", async () => {
    const small = JSON.stringify({ caseId: "S", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }] });
    const count = Math.floor(MAX_EVENTS_PER_REQUEST / CASE_WEIGHT) + 1;
    const response = await post(Array.from({ length: count }, () => small).join("\n"));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { issues: { code: string }[] }).issues[0]?.code).toBe("too-many-events");
  });

  it("keeps the all-or-nothing answer when the caller asks for a JSON array", async () => {
    const response = await post(LINES.join("\n"), { "content-type": "application/x-ndjson" });
    expect(response.status).toBe(400);
  });
});
