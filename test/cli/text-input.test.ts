// One rule for text input across the CLI and the HTTP handler (src/cli/utf8-input.ts,
// docs/integration.md § Text input): a byte-order mark at the start is ignored; bytes that are
// not UTF-8 are refused with `invalid-encoding`, never replaced: a whole file for `timeline` and
// `import`, one line for `batch` and `report` (its neighbours answered), the body for HTTP.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHandler } from "../../src/adapters/http";
import { type CliIo, processIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/program";
import { linesOfBytes, linesOfChunks } from "../../src/cli/utf8-input";
import { NOT_UTF8 } from "../../src/timeline/batch";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Bytes no UTF-8 text holds: a lone continuation byte and 0xFF. */
const NOT_TEXT = Buffer.from([0x80, 0xff]);
const CASE = readFileSync("examples/cases/assessment-on-time.json");
const ONE_LINE = Buffer.from(JSON.stringify(JSON.parse(CASE.toString("utf8"))));
const dir = mkdtempSync(join(tmpdir(), "ehc-text-input-"));

function file(name: string, ...parts: Buffer[]): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

/** The real file readers of the CLI, with output captured. */
async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    ...processIo(),
    stdout: (text) => void (out += text),
    stdoutBytes: (bytes) => void (out += Buffer.from(bytes).toString("utf8")),
    stderr: (text) => void (err += text),
    drain: async () => true,
    threads: { cores: 1 },
    stderrIsTTY: false,
    today: () => "2025-01-10",
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

describe("the line reader splits as Node's does and decodes each line on its own", () => {
  it("CR LF, LF and a lone CR end lines; a line that is not UTF-8 is marked, its neighbours kept", () => {
    expect(linesOfBytes(Buffer.from("a\r\nb\rc\nd"))).toEqual(["a", "b", "c", "d"]);
    expect(linesOfBytes(Buffer.concat([Buffer.from("a\n"), NOT_TEXT, Buffer.from("\nc\n")]))).toEqual(["a", NOT_UTF8, "c"]);
    expect(linesOfBytes(Buffer.from("\n\n"))).toEqual(["", ""]);
  });

  it("gives the same lines whatever the chunks (a CR LF or a character split between two)", async () => {
    const bytes = fc.uint8Array({ maxLength: 60 }).map((a) => Buffer.from(a.map((b) => [0x0a, 0x0d, 0x41, 0xc3, 0xa9, 0xff][b % 6] ?? 0x41)));
    await fc.assert(
      fc.asyncProperty(bytes, fc.integer({ min: 1, max: 7 }), async (input, size) => {
        const chunks = (async function* () {
          for (let at = 0; at < input.length; at += size) yield input.subarray(at, at + size);
        })();
        const lines = [];
        for await (const line of linesOfChunks(chunks)) lines.push(line);
        expect(lines).toEqual(linesOfBytes(input));
      }),
      { seed: 18, numRuns: 300 },
    );
  });
});

describe("every command: a byte-order mark ignored, bytes that are not UTF-8 refused", () => {
  it("timeline: the same answer with a BOM; exit 2 and invalid-encoding for a file that is not UTF-8", async () => {
    const plain = await cli(["timeline", file("plain.json", CASE), "--as-of", "2025-01-10"]);
    const withBom = await cli(["timeline", file("bom.json", BOM, CASE), "--as-of", "2025-01-10"]);
    expect(withBom).toEqual(plain);
    const bad = await cli(["timeline", file("bad.json", NOT_TEXT, CASE), "--as-of", "2025-01-10"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/the input is not UTF-8 text \[invalid-encoding\]/);
    expect(bad.out).toBe("");
  });

  it("batch: a BOM before the first line ignored; a line that is not UTF-8 answered in place, the others computed", async () => {
    const path = file("cases.ndjson", BOM, ONE_LINE, Buffer.from("\n"), NOT_TEXT, Buffer.from("\n"), ONE_LINE, Buffer.from("\n"));
    const run = await cli(["batch", path, "--as-of", "2025-01-10", "--jobs", "1"]);
    expect(run.code).toBe(2);
    const lines = run.out.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ caseId: "EXAMPLE-001" });
    expect(JSON.parse(lines[1] ?? "")).toEqual({ line: 2, issues: [{ code: "invalid-encoding", path: "", message: "the line is not UTF-8 text" }] });
    expect(lines[2]).toBe(lines[0]);
    expect(run.err).toContain("line 2: ");
  });

  it("report: the same rule, line by line", async () => {
    const path = file("report.ndjson", BOM, ONE_LINE, Buffer.from("\n"), NOT_TEXT, Buffer.from("\n"));
    const run = await cli(["report", path, "--as-of", "2025-01-10", "--from", "2024-01-01", "--to", "2025-01-01"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out)).toMatchObject({ cases: 1, invalidInputs: 1 });
  });

  it("import sen2: an XML return and a Blade export with a BOM read as without; not UTF-8, exit 2", async () => {
    const key = file("key", BOM, Buffer.from("test-key-0123456789"));
    const plainKey = file("plain-key", Buffer.from("test-key-0123456789"));
    const xml = readFileSync("examples/sen2/return-2025.xml");
    const plain = await cli(["import", "sen2", file("r.xml", xml), "--key-file", plainKey]);
    expect(plain.code).toBe(0);
    const withBom = await cli(["import", "sen2", file("r-bom.xml", BOM, xml), "--key-file", key]);
    // The problems' paths name the file read.
    expect({ ...withBom, out: withBom.out.replaceAll("r-bom.xml", "r.xml"), err: withBom.err.replaceAll("r-bom.xml", "r.xml") }).toEqual(plain);
    const bad = await cli(["import", "sen2", file("r-bad.xml", xml.subarray(0, 200), NOT_TEXT, xml.subarray(200)), "--key-file", key]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not UTF-8 text \[invalid-encoding\]/);
    const blade = "examples/sen2/blade-2024";
    const names = readdirSync(blade).filter((f) => f.endsWith(".csv"));
    const csv = await cli(["import", "sen2", ...names.map((n) => join(blade, n)), "--key-file", key]);
    const csvBom = await cli(["import", "sen2", ...names.map((n) => file(n, BOM, readFileSync(join(blade, n)))), "--key-file", key]);
    expect(csvBom.out).toBe(csv.out);
    const badCsv = await cli([
      "import",
      "sen2",
      ...names.map((n, i) => (i === 0 ? file(`bad-${n}`, NOT_TEXT, readFileSync(join(blade, n))) : join(blade, n))),
      "--key-file",
      key,
    ]);
    expect(badCsv.code).toBe(2);
    expect(badCsv.err).toMatch(/not UTF-8 text \[invalid-encoding\]/);
  });
});

describe("the HTTP handler keeps the same rule", () => {
  const handle = createHandler({ today: () => "2025-01-10" });
  const post = (body: Buffer) => handle(new Request("http://127.0.0.1/timeline?asOf=2025-01-10", { method: "POST", body }));

  it("a body with a BOM is answered as without; a body that is not UTF-8 is a 400 invalid-encoding", async () => {
    const plain = await post(CASE);
    expect(plain.status).toBe(200);
    expect(await (await post(Buffer.concat([BOM, CASE]))).text()).toBe(await plain.text());
    const bad = await post(Buffer.concat([NOT_TEXT, CASE]));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("invalid-encoding");
  });
});
