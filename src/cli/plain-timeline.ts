/**
 * `timeline <file>` with at most `--as-of <date>` and `--format <format>`, each given once, read
 * with Node's own `util.parseArgs` instead of commander. Anything else (another command, help,
 * an option unknown, repeated or without its value, an unknown format, a second file, `--`) is
 * not read here: commander reads it, so its errors and its help are the only ones. What this
 * reads, commander would read the same (test/cli/plain-timeline.test.ts).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { TIMELINE_FORMATS, type TimelineFormat } from "./formats";

/** A `timeline` run as commander's action would get it. */
export interface PlainTimelineRun {
  readonly file: string;
  readonly options: { readonly asOf?: string; readonly format: TimelineFormat };
}

const isTimelineFormat = (name: string): name is TimelineFormat => (TIMELINE_FORMATS as readonly string[]).includes(name);

/** The run these arguments ask for, or `null` when commander must read them. */
export function plainTimelineRun(args: readonly string[]): PlainTimelineRun | null {
  if (args[0] !== "timeline") return null;
  let parsed;
  try {
    parsed = parseArgs({
      args: args.slice(1),
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: { "as-of": { type: "string" }, format: { type: "string" } },
    });
  } catch {
    return null;
  }
  const { values, positionals, tokens } = parsed;
  const [file] = positionals;
  if (file === undefined || positionals.length !== 1) return null;
  const names = new Set<string>();
  for (const token of tokens) {
    if (token.kind === "option-terminator") return null;
    if (token.kind !== "option") continue;
    if (names.has(token.name)) return null;
    names.add(token.name);
  }
  const format = values.format ?? "json";
  if (!isTimelineFormat(format)) return null;
  const asOf = values["as-of"];
  return { file, options: asOf === undefined ? { format } : { asOf, format } };
}
