import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import onTime from "../../examples/cases/assessment-on-time.json";
import lifecycle from "../../examples/cases/plan-lifecycle.json";
import { bytesIo, readlineIo } from "./byte-io";
import { lineIo } from "./line-io";

const ON_TIME = JSON.stringify(onTime);
const LIFECYCLE = JSON.stringify(lifecycle);
/** A case whose history has an error problem (a final plan with no draft): exit 1. */
const WITH_ERRORS = JSON.stringify({
  caseId: "E",
  events: [
    { type: "assessment-requested", date: "2024-01-08", by: "parent" },
    { type: "final-plan-issued", date: "2024-03-01" },
  ],
});
const INVALID_CASE = JSON.stringify({ caseId: "X", events: [{ type: "assessment-requested", date: "2024-02-30", by: "parent" }] });
const AS_OF = ["--as-of", "2025-03-01"];

/** Every kind of line: a BOM, CRLF and a lone CR, blank lines, bad JSON, a bad case, non-ASCII and bad UTF-8, no newline at the end. */
const MIXED = Buffer.concat([
  Buffer.from(`\uFEFF${ON_TIME}\r\n\n   \r\n{oops\n${INVALID_CASE}\r\n${WITH_ERRORS}\n\r\n`),
  Buffer.from(`${ON_TIME.replace("EXAMPLE-001", "Zoë – 1")}\r${LIFECYCLE}\n\t\n`),
  Buffer.from(ON_TIME.replace("EXAMPLE-001", "bad-\u0001")),
  Buffer.from([0x0a]),
  Buffer.from(ON_TIME.slice(0, 20)),
  Buffer.from([0xc3, 0x28, 0xff]),
  Buffer.from(`${ON_TIME.slice(20)}\n${LIFECYCLE}`),
]);

/** The CLI run from source as a process, input on stdin, output as bytes. */
function runProcess(args: readonly string[], input: Uint8Array): { status: number | null; stdout: Buffer; stderr: string } {
  const run = spawnSync("node_modules/.bin/tsx", ["src/cli/main.ts", ...args], { input, encoding: "buffer" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString("utf8") };
}

async function lineByLine(args: readonly string[], input: Uint8Array, tty = false) {
  const io = readlineIo("f", input, { tty });
  const code = await runCli(["batch", "f", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe("ehc-timeline batch over bytes and threads", () => {
  it.each([[["--format", "ndjson"]], [["--format", "csv"]]])("gives the bytes of the line-by-line path, in this thread and on workers (%j)", async (format) => {
    const args = [...AS_OF, ...format];
    const expected = await lineByLine(args, MIXED);
    expect(expected.code).toBe(2);
    // Every line is answered: 13 lines in NDJSON.
    if (format[1] === "ndjson") expect(expected.out.toString("utf8").split("\n")).toHaveLength(13 + 1);
    for (const chunkBytes of [1, 7, 1 << 16]) {
      const io = bytesIo("f", MIXED, { chunkBytes });
      expect(await runCli(["batch", "f", ...args], io)).toBe(2);
      expect(io.out().equals(expected.out)).toBe(true);
      expect(io.err()).toBe(expected.err);
    }
    for (const jobs of ["1", "2"]) {
      const run = runProcess(["batch", "-", ...args, "--jobs", jobs], MIXED);
      expect(run.status).toBe(2);
      expect(run.stdout.equals(expected.out)).toBe(true);
      expect(run.stderr).toBe(expected.err);
    }
  });

  it("numbers lines as the line reader does across many batches, whatever the chunk size", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 97 === 5 ? "" : i % 89 === 7 ? "{bad" : `{"caseId":"C-${i}","events":[]}`));
    const input = Buffer.from(lines.map((line, i) => `${line}${i % 3 === 0 ? "\r\n" : i % 5 === 1 ? "\r" : "\n"}`).join(""));
    const expected = await lineByLine(AS_OF, input);
    const io = bytesIo("f", input, { chunkBytes: 4093 });
    expect(await runCli(["batch", "f", ...AS_OF], io)).toBe(expected.code);
    expect(io.out().equals(expected.out)).toBe(true);
    expect(io.err()).toBe(expected.err);
  });

  it("keeps input order over many batches on two workers", () => {
    const count = 2000;
    const input = Buffer.from(Array.from({ length: count }, (_, i) => (i === 1500 ? "\n" : `{"caseId":"C-${i}","events":[]}\n`)).join(""));
    const run = runProcess(["batch", "-", ...AS_OF, "--jobs", "2"], input);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const answers = run.stdout
      .toString("utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { caseId?: string; line?: number });
    expect(answers.map((a) => a.caseId ?? a.line)).toEqual(Array.from({ length: count }, (_, i) => (i === 1500 ? 1501 : `C-${i}`)));
  });

  it("exits 1 on workers when a case has error problems and no line is invalid", () => {
    const run = runProcess(["batch", "-", ...AS_OF, "--jobs", "2"], Buffer.from(`${ON_TIME}\n${WITH_ERRORS}\n`));
    expect(run.status).toBe(1);
    expect(run.stdout.toString("utf8").split("\n")).toHaveLength(3);
  });

  it.each([
    ["", 0],
    [`${ON_TIME}\n\n`, 0],
    [`${ON_TIME}\n${WITH_ERRORS}\n`, 1],
    [`${WITH_ERRORS}\n{oops\n`, 2],
  ])("exits as the line-by-line path does (%#)", async (text, code) => {
    const io = bytesIo("f", Buffer.from(text));
    expect(await runCli(["batch", "f", ...AS_OF], io)).toBe(code);
    expect((await lineByLine(AS_OF, Buffer.from(text))).code).toBe(code);
  });

  it("writes the progress lines of the line-by-line path, between the same issues, only on a terminal", async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => (i === 999 || i === 1000 || i === 2100 ? "{bad" : i % 10 === 0 ? "" : '{"caseId":"S","events":[]}'));
    const input = Buffer.from(lines.join("\n"));
    const expected = await lineByLine(AS_OF, input, true);
    expect(expected.err).toContain("\rehc-timeline: 1000 cases");
    const io = bytesIo("f", input, { tty: true });
    await runCli(["batch", "f", ...AS_OF], io);
    expect(io.err()).toBe(expected.err);
    const quiet = bytesIo("f", input);
    await runCli(["batch", "f", ...AS_OF], quiet);
    expect(quiet.err()).not.toContain("ehc-timeline:");
  });

  it("stops reading when nobody reads the output any more", async () => {
    const input = Buffer.from('{"caseId":"S","events":[]}\n'.repeat(3000));
    const io = bytesIo("f", input, { readerGoneAfter: 1, chunkBytes: 1024 });
    expect(await runCli(["batch", "f", ...AS_OF], io)).toBe(0);
    // One batch written, then nothing more.
    const answered = io.out().toString("utf8").split("\n").length - 1;
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(3000);
  });

  it("answers what was read before the input fails part-way, then exits 2", async () => {
    const input = Buffer.from(`${ON_TIME}\n\n${ON_TIME}\n`.repeat(200));
    const io = bytesIo("f", input, { chunkBytes: 4096, failAfterChunks: 30 });
    expect(await runCli(["batch", "f", ...AS_OF], io)).toBe(2);
    expect(io.err()).toBe("ehc-timeline: cannot read f\n");
    const answered = io.out().toString("utf8").split("\n").length - 1;
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(600);
  });

  it("exits 2 with a one-line message when the input cannot be opened", async () => {
    const io = bytesIo("f", Buffer.from(ON_TIME));
    expect(await runCli(["batch", "missing.ndjson", ...AS_OF], io)).toBe(2);
    expect(io.err()).toBe("ehc-timeline: cannot read missing.ndjson\n");
  });

  it.each(["0", "-1", "two", "1.5", "257", ""])("rejects --jobs %j with a one-line message and exit 2", async (jobs) => {
    const io = lineIo({ f: [ON_TIME] });
    expect(await runCli(["batch", "f", ...AS_OF, "--jobs", jobs], io)).toBe(2);
    expect(io.err()).toBe("ehc-timeline: --jobs must be a whole number from 1 to 256\n");
    expect(io.out()).toBe("");
  });

  it("rejects a bad --jobs as a process without a stack trace", () => {
    const run = runProcess(["batch", "-", ...AS_OF, "--jobs", "0"], Buffer.from(`${ON_TIME}\n`));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("ehc-timeline: --jobs must be a whole number from 1 to 256\n");
    expect(run.stdout.length).toBe(0);
  });
});
