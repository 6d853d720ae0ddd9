/**
 * The `ehc-timeline` command line as commander reads it (case-file.md § CLI): every command, its
 * help and its usage errors. A plain `timeline` run is read without it (plain-timeline.ts).
 * Exit codes: 0 success; 1 the input was read but has problems of severity `error`; 2 the input
 * is unreadable or invalid.
 *
 * @module
 */
import { Argument, Command, CommanderError, Option } from "commander";
import { version } from "../../package.json";
import type { JsonSchemaName } from "../adapters/json-schema";
import { EXIT, exitForUsageError } from "./common";
import { TIMELINE_FORMATS, type TimelineFormat } from "./formats";
import type { CliIo } from "./io";
import type { IdOptions } from "./import-command";

// Each command's code is imported when it runs, so that `--help`, `--version` and each command
// load only what they use (the CLI's cold start: docs/performance.md).

const AS_OF_HELP = "the date statuses are judged at (default: today in Europe/London)";
const NDJSON_HELP = "case files, one JSON object a line (NDJSON), or - for standard input";

/** Runs the CLI with user arguments (no `node` and script name) through commander; resolves to the exit code. */
export async function runProgram(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name("ehc-timeline")
    .description("Statutory SEND timelines for England: deadlines with their status, legal source and working.")
    .version(version, "-V, --version", "print the version of ehc-timeline")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError();
  program
    .command("timeline")
    .description("compute the timeline of one case file")
    .argument("<file>", "case file (JSON), or - for standard input")
    .option("--as-of <date>", AS_OF_HELP)
    .addOption(new Option("--format <format>", "output format").choices(TIMELINE_FORMATS).default("json"))
    .action(async (file: string, options: { asOf?: string; format: TimelineFormat }) => {
      const { timelineCommand } = await import("./timeline-command");
      exitCode = await timelineCommand(io, file, options);
    });
  program
    .command("batch")
    .description("compute the timelines of many case files: one output line per input line, or one CSV row per deadline")
    .argument("<file>", NDJSON_HELP)
    .option("--as-of <date>", AS_OF_HELP)
    .addOption(new Option("--format <format>", "output format").choices(["ndjson", "csv"]).default("ndjson"))
    .option("--jobs <n>", "threads that compute timelines (default: one per core; 1: no worker threads)")
    .option("--explain", "write each deadline's working in its explanation (default: an empty list)")
    .option(
      "--compact",
      "NDJSON: each deadline names its rule's facts by id (facts) instead of carrying title, strength, owner, citation and verified; `ehc-timeline rules` prints them",
    )
    .action(async (file: string, options: { asOf?: string; format: string; jobs?: string; explain?: boolean; compact?: boolean }) => {
      const { batchCommand } = await import("./stream-commands");
      exitCode = await batchCommand(io, file, options);
    });
  program
    .command("rules")
    .description("print the facts of every rule (title, strength, owner, citation, verified) by the id that compact deadlines give in facts")
    .action(async () => {
      const { RULE_FACTS } = await import("../timeline/rule-facts");
      io.stdout(`${JSON.stringify({ rules: RULE_FACTS })}\n`);
    });
  program
    .command("report")
    .description("the timeliness report (SEN2 measures) of many case files for a period")
    .argument("<file>", NDJSON_HELP)
    .requiredOption("--from <date>", "first day of the period, YYYY-MM-DD")
    .requiredOption("--to <date>", "last day of the period, YYYY-MM-DD")
    .option("--as-of <date>", AS_OF_HELP)
    .addOption(
      new Option("--format <format>", "output format; cases: one line per imported case (SEN2) with what it counts in and the working")
        .choices(["json", "csv", "cases"])
        .default("json"),
    )
    .action(async (file: string, options: { asOf?: string; from: string; to: string; format: string }) => {
      const { reportCommand } = await import("./stream-commands");
      exitCode = await reportCommand(io, file, options);
    });
  program
    .command("import")
    .description("turn other systems' records into case files (NDJSON)")
    .command("sen2")
    .description("an LA's SEN2 person-level returns (XML, or the CSV files of a COLLECT Blade export) into case files, one child a line (docs/sen2.md)")
    .argument("<files...>", "SEN2 XML returns of one LA (any years: merged per child), and/or the CSV files of one Blade export")
    .addOption(new Option("--ids <kind>", "case ids: a keyed hash of the UPN, or a sequence of numbers with a lookup file").choices(["hash", "sequence"]).default("hash"))
    .option("--key-file <file>", "with --ids hash: a file holding a secret key (16 characters or more): case ids are a keyed hash of the UPN under it")
    .option("--lookup <file>", "with --ids sequence: the file of which child has which number (read if it exists, then written back); it holds UPNs, keep it safe")
    .action(async (files: string[], options: IdOptions) => {
      const { importSen2Command } = await import("./import-command");
      exitCode = await importSen2Command(io, files, options);
    });
  program
    .command("schema")
    .description("print the JSON Schema (draft 2020-12) of a case file, a timeline, a compact timeline or the rules' facts")
    .addArgument(new Argument("[name]", "which schema").choices(["case-file", "timeline", "timeline-compact", "rules"] satisfies JsonSchemaName[]).default("case-file"))
    .action(async (name: JsonSchemaName) => {
      const { JSON_SCHEMAS } = await import("../adapters/json-schema");
      io.stdout(`${JSON.stringify(JSON_SCHEMAS[name](), null, 2)}\n`);
    });
  program
    .command("explore")
    .description("serve the case explorer, a web page that runs the library in the browser, on the loopback address")
    .option("--port <port>", "the port (default: a free one)")
    .action(async (options: { port?: string }) => {
      const { exploreCommand } = await import("./explore-command");
      exitCode = await exploreCommand(io, options);
    });
  program
    .command("vectors")
    .description("print the conformance vectors, or check another implementation against them")
    .option("--check <command>", "a shell command that reads a case file on stdin and prints its timeline as JSON ({asOf} and $EHC_AS_OF give the as-of date)")
    .option("--timeout <seconds>", "with --check: stop a vector's command after this many seconds and fail the vector (default 60)")
    .option("--json", "with --check: one JSON report (passed, failed, and per vector its failures, exit code and time) instead of lines")
    .action(async (options: { check?: string; timeout?: string; json?: boolean }) => {
      const { vectorsCommand } = await import("./vectors-command");
      exitCode = await vectorsCommand(io, options);
    });
  try {
    await program.parseAsync([...args], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    }
    return exitForUsageError(error, io);
  }
}
