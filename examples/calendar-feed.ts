/**
 * Writes a case's deadlines as an iCalendar file that Outlook, Google Calendar or Apple
 * Calendar can import or subscribe to. Importing a newer file updates the events (the UIDs
 * are stable per case and deadline).
 *
 *   npx tsx examples/calendar-feed.ts examples/cases/assessment-on-time.json deadlines.ics 2025-01-10
 *
 * Arguments: case file, output file (default `<caseId>.ics`), as-of date (default today in
 * England). In your project, import from "ehc-timeline" and "ehc-timeline/ical" instead.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DateTime } from "luxon";
import { formatTimelineIcs } from "../src/adapters/ical";
import { parseCaseFileJson, timeline } from "../src/index";

const [casePath = "examples/cases/assessment-on-time.json", outPath, asOfArg] = process.argv.slice(2);
const parsed = parseCaseFileJson(readFileSync(casePath, "utf8"));
if (!parsed.success) {
  for (const issue of parsed.issues) process.stderr.write(`${casePath}: ${issue.path || "(root)"}: ${issue.message}\n`);
  process.exit(2);
}
const asOf = asOfArg ?? DateTime.now().setZone("Europe/London").toISODate() ?? "";
const result = timeline(parsed.data, { asOf });
const target = outPath ?? `${result.caseId.replace(/[^A-Za-z0-9._-]/g, "_")}.ics`;
writeFileSync(target, formatTimelineIcs(result));
const dated = result.deadlines.filter((d) => d.due !== null).length;
process.stdout.write(`wrote ${dated} deadlines of case ${result.caseId} (as of ${asOf}) to ${target}\n`);
