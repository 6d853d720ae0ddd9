/**
 * The `ehc-timeline` command line (case-file.md § CLI). Exit codes: 0 success; 1 the input was
 * read but has problems of severity `error`; 2 the input is unreadable or invalid.
 *
 * @module
 */
import { Argument, Command, CommanderError, Option } from "commander";
import { JSON_SCHEMAS, type JsonSchemaName } from "../adapters/json-schema";
import { parseCaseFileJson } from "../schema/parse";
import { timeline } from "../timeline/compute";
import { EXIT, UsageError, asOfOption, reportIssues, sourceName } from "./common";
import { TIMELINE_FORMATS } from "./formats";
import type { CliIo } from "./io";
import { exploreCommand } from "./explore-command";
import { importSen2Command } from "./import-command";
import { batchCommand, reportCommand } from "./stream-commands";
import { vectorsCommand } from "./vectors-command";

export { EXIT } from "./common";

async function readInput(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readText(path);
  } catch {
    throw new UsageError(`cannot read ${sourceName(path)}`);
  }
}

async function timelineCommand(io: CliIo, file: string, options: { asOf?: string; format: string }): Promise<number> {
  const asOf = asOfOption(options.asOf, io);
  const parsed = parseCaseFileJson(await readInput(io, file));
  if (!parsed.success) {
    reportIssues(io, file === "-" ? "stdin" : file, parsed.issues);
    return EXIT.invalid;
  }
  const result = timeline(parsed.data, { asOf });
  const render = TIMELINE_FORMATS[options.format] ?? TIMELINE_FORMATS["json"];
  io.stdout(render?.(result) ?? "");
  return result.problems.some((p) => p.severity === "error") ? EXIT.problems : EXIT.ok;
}

const AS_OF_HELP = "the date statuses are judged at (default: today in Europe/London)";
const NDJSON_HELP = "case files, one JSON object a line (NDJSON), or - for standard input";

/** Runs the CLI with user arguments (no `node` and script name); resolves to the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name("ehc-timeline")
    .description("Statutory SEND timelines for England: deadlines with their status, legal source and working.")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError();
  program
    .command("timeline")
    .description("compute the timeline of one case file")
    .argument("<file>", "case file (JSON), or - for standard input")
    .option("--as-of <date>", AS_OF_HELP)
    .addOption(new Option("--format <format>", "output format").choices(Object.keys(TIMELINE_FORMATS)).default("json"))
    .action(async (file: string, options: { asOf?: string; format: string }) => {
      exitCode = await timelineCommand(io, file, options);
    });
  program
    .command("batch")
    .description("compute the timelines of many case files: one output line per input line, or one CSV row per deadline")
    .argument("<file>", NDJSON_HELP)
    .option("--as-of <date>", AS_OF_HELP)
    .addOption(new Option("--format <format>", "output format").choices(["ndjson", "csv"]).default("ndjson"))
    .option("--jobs <n>", "threads that compute timelines (default: one per core; 1: no worker threads)")
    .action(async (file: string, options: { asOf?: string; format: string; jobs?: string }) => {
      exitCode = await batchCommand(io, file, options);
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
      exitCode = await reportCommand(io, file, options);
    });
  program
    .command("import")
    .description("turn other systems' records into case files (NDJSON)")
    .command("sen2")
    .description("an LA's SEN2 person-level returns (XML, or the CSV files of a COLLECT Blade export) into case files, one child a line (docs/sen2.md)")
    .argument("<files...>", "SEN2 XML returns of one LA (any years: merged per child), and/or the CSV files of one Blade export")
    .option("--key-file <file>", "a file holding a secret key (16 characters or more): case ids are a keyed hash of the UPN under it")
    .action(async (files: string[], options: { keyFile?: string }) => {
      exitCode = await importSen2Command(io, files, options);
    });
  program
    .command("schema")
    .description("print the JSON Schema (draft 2020-12) of a case file or of a timeline")
    .addArgument(new Argument("[name]", "which schema").choices(Object.keys(JSON_SCHEMAS)).default("case-file"))
    .action((name: JsonSchemaName) => {
      io.stdout(`${JSON.stringify(JSON_SCHEMAS[name](), null, 2)}\n`);
    });
  program
    .command("explore")
    .description("serve the case explorer, a web page that runs the library in the browser, on the loopback address")
    .option("--port <port>", "the port (default: a free one)")
    .action(async (options: { port?: string }) => {
      exitCode = await exploreCommand(io, options);
    });
  program
    .command("vectors")
    .description("print the conformance vectors, or check another implementation against them")
    .option("--check <command>", "a shell command that reads a case file on stdin and prints its timeline as JSON ({asOf} and $EHC_AS_OF give the as-of date)")
    .action(async (options: { check?: string }) => {
      exitCode = await vectorsCommand(io, options);
    });
  try {
    await program.parseAsync([...args], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    }
    if (error instanceof UsageError) {
      io.stderr(`ehc-timeline: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}
