/**
 * Writes the example case files as NDJSON, for the batch's output-size and speed runs
 * (docs/performance.md § Batch output size): the five cases of examples/cases/ in turn, each
 * line with its own caseId and every date of the case moved back together, by a number of days
 * that differs from line to line and puts every event before the as-of date.
 *
 *   npx tsx bench/example-ndjson.ts 1000000 2025-01-10 > /tmp/examples.ndjson
 *   node dist/cli.cjs batch /tmp/examples.ndjson --as-of 2025-01-10 > /dev/null
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const count = Number(process.argv[2] ?? "1000");
const asOf = Date.parse(`${process.argv[3] ?? "2025-01-10"}T00:00:00Z`);
const DAY = 86_400_000;
const DATE = /^(\d{4}-\d{2}-\d{2})(.*)$/;
const dir = join(import.meta.dirname, "..", "examples", "cases");
const cases = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>);

/** Every date-like string in a value (a date, or a timestamp's date part), in days since 1970. */
function datesIn(value: unknown, found: number[]): number[] {
  if (typeof value === "string") {
    const match = DATE.exec(value);
    if (match?.[1] !== undefined) found.push(Date.parse(`${match[1]}T00:00:00Z`) / DAY);
  } else if (Array.isArray(value)) value.forEach((item) => datesIn(item, found));
  else if (typeof value === "object" && value !== null) Object.values(value).forEach((item) => datesIn(item, found));
  return found;
}

/** The value with every date moved back by `days`. */
function movedBack(value: unknown, days: number): unknown {
  if (typeof value === "string") {
    const match = DATE.exec(value);
    if (match?.[1] === undefined) return value;
    return `${new Date(Date.parse(`${match[1]}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10)}${match[2] ?? ""}`;
  }
  if (Array.isArray(value)) return value.map((item) => movedBack(item, days));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, movedBack(item, days)]));
  return value;
}

// The as-of date of an example is not an event: only the events must fall before the run's.
const latest = cases.map(({ events }) => Math.max(...datesIn(events, [])));
const CHUNK = 10_000;
let buffer: string[] = [];
for (let i = 0; i < count; i += 1) {
  const index = i % cases.length;
  const { asOf: _ownAsOf, ...example } = cases[index] as Record<string, unknown>;
  const days = Math.max(0, (latest[index] as number) - asOf / DAY + 1) + (i % 397);
  buffer.push(JSON.stringify({ ...(movedBack(example, days) as object), caseId: `EX-${i}` }));
  if (buffer.length === CHUNK) {
    process.stdout.write(`${buffer.join("\n")}\n`);
    buffer = [];
  }
}
if (buffer.length > 0) process.stdout.write(`${buffer.join("\n")}\n`);
