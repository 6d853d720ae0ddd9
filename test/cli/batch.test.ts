import { spawnSync } from "node:child_process";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import onTime from "../../examples/cases/assessment-on-time.json";
import lifecycle from "../../examples/cases/plan-lifecycle.json";
import { lineIo } from "./line-io";

const ON_TIME = JSON.stringify(onTime);
const LIFECYCLE = JSON.stringify(lifecycle);
/** A case whose history has an error problem (a final plan with no draft). */
const WITH_ERRORS = JSON.stringify({
  caseId: "E",
  events: [
    { type: "assessment-requested", date: "2024-01-08", by: "parent" },
    { type: "final-plan-issued", date: "2024-03-01" },
  ],
});

const outputLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("ehc-timeline batch", () => {
  it("writes one NDJSON line per case, the same timeline as timeline() without explanations", async () => {
    const io = lineIo({ "cases.ndjson": [ON_TIME, LIFECYCLE] });
    expect(await runCli(["batch", "cases.ndjson", "--as-of", "2025-03-01"], io)).toBe(0);
    expect(outputLines(io.out())).toEqual(
      [onTime, lifecycle].map((c) => JSON.parse(JSON.stringify(timeline(parseCaseFileOrThrow(c), { asOf: "2025-03-01", explain: false })))),
    );
    expect(io.err()).toBe("");
  });

  it("answers a bad line in place, goes on, and exits 2", async () => {
    const io = lineIo({
      "-": [ON_TIME, "", "{oops", JSON.stringify({ caseId: "X", events: [{ type: "assessment-requested", date: "2024-02-30", by: "parent" }] }), LIFECYCLE],
    });
    expect(await runCli(["batch", "-", "--as-of", "2025-03-01"], io)).toBe(2);
    const lines = outputLines(io.out());
    expect(lines.map((l) => l["caseId"] ?? l["line"])).toEqual(["EXAMPLE-001", 2, 3, 4, "EXAMPLE-LIFECYCLE"]);
    expect(lines[2]).toEqual({ line: 3, issues: [{ code: "invalid-json", path: "", message: "the input is not valid JSON" }] });
    expect(lines[3]).toMatchObject({ line: 4, issues: [{ code: "invalid-date", path: "events[0].date" }] });
    expect(io.err()).toContain("line 4: events[0].date:");
  });

  it("answers a blank line too, in place, without counting it as an error (exit 0)", async () => {
    const io = lineIo({ f: ["", ON_TIME, "   ", "\r", LIFECYCLE, ""] });
    expect(await runCli(["batch", "f", "--as-of", "2025-03-01"], io)).toBe(0);
    // Exactly one output line per input line, the n-th answering the n-th.
    expect(io.out().split("\n")).toHaveLength(6 + 1);
    const lines = outputLines(io.out());
    expect(lines.map((l) => l["caseId"] ?? l)).toEqual([
      { line: 1, skipped: "blank line" },
      "EXAMPLE-001",
      { line: 3, skipped: "blank line" },
      { line: 4, skipped: "blank line" },
      "EXAMPLE-LIFECYCLE",
      { line: 6, skipped: "blank line" },
    ]);
    expect(io.err()).toBe("");
    // A blank line does not hide an unreadable one: still exit 2.
    expect(await runCli(["batch", "f", "--as-of", "2025-03-01"], lineIo({ f: ["", "{oops"] }))).toBe(2);
  });

  it("reads the text whole when it cannot stream lines: the newline at the end makes no blank line", async () => {
    const { openLines: _streaming, ...whole } = lineIo({ f: [ON_TIME, "", LIFECYCLE, ""] });
    expect(await runCli(["batch", "f", "--as-of", "2025-03-01"], whole)).toBe(0);
    expect(outputLines(whole.out()).map((l) => l["caseId"] ?? l["skipped"])).toEqual(["EXAMPLE-001", "blank line", "EXAMPLE-LIFECYCLE"]);
  });

  it("exits 1 when a case has error problems and no line is invalid", async () => {
    const io = lineIo({ "cases.ndjson": [ON_TIME, WITH_ERRORS] });
    expect(await runCli(["batch", "cases.ndjson", "--as-of", "2025-03-01"], io)).toBe(1);
    expect(outputLines(io.out())).toHaveLength(2);
  });

  it("streams: each case is written before the next line is read", async () => {
    const count = 500;
    const io = lineIo({
      big: function* () {
        for (let i = 0; i < count; i += 1) yield ON_TIME.replace("EXAMPLE-001", `C-${i}`);
      },
    });
    expect(await runCli(["batch", "big", "--as-of", "2025-03-01"], io)).toBe(0);
    expect(io.outputLinesAtPull()).toEqual(Array.from({ length: count }, (_, i) => i));
  });

  it("stops reading when nobody reads the output any more", async () => {
    const io = lineIo({ f: [ON_TIME, ON_TIME, ON_TIME, ON_TIME] }, { readerGoneAfter: 2 });
    expect(await runCli(["batch", "f", "--as-of", "2025-03-01"], io)).toBe(0);
    expect(io.outputLinesAtPull()).toEqual([0, 1]);
  });

  it("writes progress on stderr only when it is a terminal", async () => {
    const lines = () => Array.from({ length: 1001 }, () => '{"caseId":"S","events":[]}');
    const quiet = lineIo({ f: lines });
    await runCli(["batch", "f", "--as-of", "2025-03-01"], quiet);
    expect(quiet.err()).toBe("");
    const tty = lineIo({ f: lines }, { tty: true });
    await runCli(["batch", "f", "--as-of", "2025-03-01"], tty);
    expect(tty.err()).toBe("\rehc-timeline: 1000 cases\rehc-timeline: 1001 cases\n");
    expect(tty.out()).toBe(quiet.out());
  });

  it("writes one CSV row per deadline across cases, with one header", async () => {
    const io = lineIo({ f: [ON_TIME, "{bad", LIFECYCLE] });
    expect(await runCli(["batch", "f", "--as-of", "2025-03-01", "--format", "csv"], io)).toBe(2);
    const rows = parse<Record<string, string>>(io.out(), { columns: true });
    const expected = [onTime, lifecycle].reduce((n, c) => n + timeline(parseCaseFileOrThrow(c), { asOf: "2025-03-01" }).deadlines.length, 0);
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r["caseId"]))).toEqual(new Set(["EXAMPLE-001", "EXAMPLE-LIFECYCLE"]));
    expect(io.err()).toContain("line 2: (root): the input is not valid JSON");
  });

  it("uses today in Europe/London when --as-of is absent", async () => {
    const io = lineIo({ f: [ON_TIME] });
    await runCli(["batch", "f"], io);
    expect(outputLines(io.out())[0]?.["asOf"]).toBe("2025-03-01");
  });

  it.each([
    [["batch", "missing.ndjson"], "ehc-timeline: cannot read missing.ndjson\n"],
    [["batch", "f", "--as-of", "2025-02-30"], "ehc-timeline: --as-of must be a calendar date YYYY-MM-DD\n"],
    [["batch", "f", "--format", "xml"], expect.stringMatching(/^error: option '--format <format>' argument 'xml' is invalid\. Allowed choices are ndjson, csv\.\n$/)],
    [["batch"], expect.stringMatching(/^error: missing required argument 'file'\n$/)],
  ])("exits 2 with a one-line message for %j", async (args, message) => {
    const io = lineIo({ f: [ON_TIME] });
    expect(await runCli(args, io)).toBe(2);
    expect(io.err()).toEqual(message);
    expect(io.out()).toBe("");
  });

  it("exits 2 when the input fails part-way", async () => {
    const io = lineIo({
      f: function* () {
        yield ON_TIME;
        throw new Error("EIO");
      },
    });
    expect(await runCli(["batch", "f", "--as-of", "2025-03-01"], io)).toBe(2);
    expect(io.err()).toBe("ehc-timeline: cannot read f\n");
    expect(outputLines(io.out())).toHaveLength(1);
  });

  it("answers the blank lines read before the input fails part-way, then exits 2", async () => {
    const io = lineIo({
      f: function* () {
        yield ON_TIME;
        yield "";
        yield " ";
        throw new Error("EIO");
      },
    });
    expect(await runCli(["batch", "f", "--as-of", "2025-03-01"], io)).toBe(2);
    expect(io.err()).toBe("ehc-timeline: cannot read f\n");
    expect(outputLines(io.out()).map((l) => l["caseId"] ?? l)).toEqual(["EXAMPLE-001", { line: 2, skipped: "blank line" }, { line: 3, skipped: "blank line" }]);
  });

  it("runs as a process, reading standard input line by line", () => {
    const run = spawnSync("node_modules/.bin/tsx", ["src/cli/main.ts", "batch", "-", "--as-of", "2025-03-01"], {
      input: `${ON_TIME}\r\n\n{bad\n${LIFECYCLE}\n`,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    // One answer per line: the blank line 2 too, and nothing for the end after the last newline.
    expect(outputLines(run.stdout).map((l) => l["caseId"] ?? l["skipped"] ?? l["line"])).toEqual(["EXAMPLE-001", "blank line", 3, "EXAMPLE-LIFECYCLE"]);
    expect(run.stderr).not.toMatch(/\bat \w/);
  });
});
