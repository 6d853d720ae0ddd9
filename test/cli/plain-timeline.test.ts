// A plain `timeline` run is read without commander (src/cli/plain-timeline.ts): whatever the
// arguments, the command line answers exactly as commander's reading of them does (the same
// output, errors and exit code), and the runs a case system makes take the plain path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../src/cli/commander-program";
import { plainTimelineRun } from "../../src/cli/plain-timeline";
import { capturedRun } from "./captured-run";

const CASE = "examples/cases/assessment-on-time.json";

// Standard input, for `-`: a case with no events.
const STDIN = { "-": '{"caseId":"STDIN","events":[]}' };

// The words a `timeline` command line is made of, well formed or not.
const word = fc.constantFrom(
  CASE,
  "-",
  "missing.json",
  "-x",
  "--as-of",
  "--as-of=2025-01-10",
  "--as-of=",
  "2025-01-10",
  "2025-02-30",
  "--format",
  "--format=text",
  "--format=pdf",
  "json",
  "text",
  "ics",
  "csv",
  "mermaid",
  "svg",
  "pdf",
  "--help",
  "-h",
  "--",
  "--explain",
  "timeline",
);

// A plain run's words in any order, each option written `--name value` or `--name=value`, with
// values good and bad: most of these are read on the plain path.
const option = (name: string, values: readonly string[]) =>
  fc.tuple(fc.constantFrom(...values), fc.boolean()).map(([value, joined]) => (joined ? [`--${name}=${value}`] : [`--${name}`, value]));
const plainShaped = fc
  .tuple(
    fc.constantFrom(CASE, "-", "missing.json"),
    fc.option(option("as-of", ["2025-01-10", "2024-12-01", "2025-02-30", ""]), { nil: undefined }),
    fc.option(option("format", ["json", "text", "ics", "csv", "mermaid", "svg", "pdf"]), { nil: undefined }),
  )
  .chain(([file, asOf, format]) => fc.shuffledSubarray([[file], asOf ?? [], format ?? []], { minLength: 3, maxLength: 3 }))
  .map((groups) => groups.flat());

describe("a plain timeline run", () => {
  it("answers as commander's reading of the same arguments does", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(word, { maxLength: 6 }), plainShaped), async (words) => {
        const args = ["timeline", ...words];
        expect(await capturedRun(args, STDIN)).toEqual(await capturedRun(args, STDIN, runProgram));
      }),
      { numRuns: 200 },
    );
  });

  it("is read without commander for the runs a case system makes", () => {
    expect(plainTimelineRun(["timeline", CASE])).toEqual({ file: CASE, options: { format: "json" } });
    expect(plainTimelineRun(["timeline", CASE, "--as-of", "2025-01-10", "--format", "ics"])).toEqual({ file: CASE, options: { asOf: "2025-01-10", format: "ics" } });
    expect(plainTimelineRun(["timeline", "--format=text", "-"])).toEqual({ file: "-", options: { format: "text" } });
  });

  it("leaves to commander help, other commands, unknown or repeated options, unknown formats and extra files", () => {
    for (const args of [
      ["timeline", CASE, "--help"],
      ["timeline", "-h"],
      ["batch", CASE],
      ["--version"],
      ["timeline", CASE, "--explain"],
      ["timeline", CASE, "--as-of", "2025-01-10", "--as-of", "2025-01-11"],
      ["timeline", CASE, "--format", "pdf"],
      ["timeline", CASE, "other.json"],
      ["timeline"],
      ["timeline", "--", CASE],
      ["timeline", CASE, "--as-of"],
    ]) {
      expect(plainTimelineRun(args)).toBeNull();
    }
  });
});
