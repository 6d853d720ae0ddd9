/**
 * CSV for spreadsheets: one row per deadline across cases, and the timeliness report as one
 * table, a row for each thing it covers and each measure. Cells a spreadsheet would run as
 * formulas (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`; cells with commas,
 * quotes or newlines are quoted.
 *
 * @module ehc-timeline/csv
 */
import { stringify } from "csv-stringify/sync";
import { type TimelinessReport, timelinessRows } from "../report/timeliness";
import type { Deadline, Timeline } from "../timeline/types";

/** The columns of the deadline CSV, in order. */
export const DEADLINE_CSV_COLUMNS = [
  "caseId",
  "key",
  "rule",
  "title",
  "due",
  "status",
  "doneOn",
  "strength",
  "owner",
  "citation",
  "indicativeDue",
  "exceptionGrounds",
] as const;

/** The columns of the timeliness report CSV, in order. */
export const REPORT_CSV_COLUMNS = ["measure", "value", "numerator", "denominator", "percent"] as const;

// OWASP CSV injection: csv-stringify's escape_formulas prefixes the risky cells with `'`.
const OPTIONS = { escape_formulas: true } as const;

function deadlineRow(caseId: string, d: Deadline): string[] {
  return [
    caseId,
    d.key,
    d.rule,
    d.title,
    d.due ?? "",
    d.status,
    d.doneOn ?? "",
    d.strength,
    d.owner,
    d.citation,
    d.indicativeDue ?? "",
    d.exception === null ? "" : d.exception.grounds.join(";"),
  ];
}

/** The header line of the deadline CSV. */
export function deadlineCsvHeader(): string {
  return stringify([[...DEADLINE_CSV_COLUMNS]], OPTIONS);
}

/** The rows of one timeline, without a header: for writing many cases as they come. */
export function deadlineCsvRows(timeline: Timeline): string {
  if (timeline.deadlines.length === 0) return "";
  return stringify(
    timeline.deadlines.map((d) => deadlineRow(timeline.caseId, d)),
    OPTIONS,
  );
}

/**
 * One row per deadline across the timelines, with a header.
 *
 * @example
 * deadlinesToCsv([timeline(parsed, { asOf: "2025-01-10" })]);
 * // "caseId,key,rule,title,due,status,…\nEXAMPLE-001,assessment-decision,…"
 */
export function deadlinesToCsv(timelines: Iterable<Timeline>): string {
  let text = deadlineCsvHeader();
  for (const timeline of timelines) text += deadlineCsvRows(timeline);
  return text;
}

/**
 * The timeliness report as one table, `measure,value,numerator,denominator,percent`: first
 * rows for what it covers (`period-from`, `period-to`, `as-of`, `cases`, `cases-with-errors`,
 * `invalid-inputs`), then one row per measure. A date, count or mean is in `value`; a
 * proportion is in `numerator`, `denominator` and `percent`; the other cells are empty.
 *
 * @example
 * timelinessReportToCsv(report); // "measure,value,numerator,denominator,percent\nperiod-from,2024-01-01,,,\n…"
 */
export function timelinessReportToCsv(report: TimelinessReport): string {
  const rows = timelinessRows(report).map((r) => [r.measure, cell(r.value), cell(r.numerator), cell(r.denominator), cell(r.percent)]);
  return stringify([[...REPORT_CSV_COLUMNS], ...rows], OPTIONS);
}

function cell(value: string | number | null): string {
  return value === null ? "" : String(value);
}
