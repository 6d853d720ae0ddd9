/**
 * A timeline as a standalone SVG picture: a month axis, one row per deadline with a bar from
 * its anchor to its due date coloured by status, a marker where it was done, the as-of date
 * and a legend. Hand-written and deterministic: the same timeline gives the same bytes.
 *
 * @module ehc-timeline/svg
 */
import { type DayNumber, dayFromFields, fieldsFromDay, parseCivilDate } from "../dates/civil-date";
import type { Deadline, DeadlineStatus, Timeline } from "../timeline/types";
import { deadlineLabel } from "./label";

/** Options of {@link formatTimelineSvg}. */
export interface SvgOptions {
  /** The picture's width in pixels (default 1100, at least 700). */
  readonly width?: number;
}

/** Fill colour and legend text of each status (Tableau 10 hues, readable on white). */
export const STATUS_STYLE: Readonly<Record<DeadlineStatus, { readonly fill: string; readonly label: string }>> = {
  overdue: { fill: "#e15759", label: "Overdue" },
  pending: { fill: "#4e79a7", label: "Pending" },
  open: { fill: "#76b7b2", label: "Window open" },
  late: { fill: "#f28e2b", label: "Late" },
  met: { fill: "#59a14f", label: "Met" },
  closed: { fill: "#9d9d9d", label: "Window closed" },
  disapplied: { fill: "#b07aa1", label: "Disapplied" },
  "not-applicable": { fill: "#d4d4d4", label: "Not applicable" },
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
const LABEL_WIDTH = 390;
const ROW_HEIGHT = 36;
const TOP = 78;
const LABEL_CHARS = 50;

/** Escapes text for XML content and attributes; characters XML cannot hold become U+FFFD. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const num = (n: number): string => String(Math.round(n * 10) / 10);
const shortDate = (day: DayNumber): string => {
  const { year, month, day: d } = fieldsFromDay(day);
  return `${d} ${MONTHS[month - 1] ?? ""} ${year}`;
};
const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const firstOfMonth = (day: DayNumber): DayNumber => {
  const { year, month } = fieldsFromDay(day);
  return dayFromFields(year, month, 1);
};
const nextMonth = (day: DayNumber): DayNumber => {
  const { year, month } = fieldsFromDay(day);
  return month === 12 ? dayFromFields(year + 1, 1, 1) : dayFromFields(year, month + 1, 1);
};
const dayOf = (text: string | null): DayNumber | null => (text === null ? null : parseCivilDate(text));

/** The first and last (exclusive) day shown: whole months around every date drawn. */
function dateRange(timeline: Timeline): { start: DayNumber; end: DayNumber } {
  const days: DayNumber[] = [];
  const asOf = dayOf(timeline.asOf);
  if (asOf !== null) days.push(asOf);
  for (const d of timeline.deadlines) {
    for (const text of [d.due, d.anchor.date, d.doneOn]) {
      const day = dayOf(text);
      if (day !== null) days.push(day);
    }
  }
  if (days.length === 0) days.push(0);
  return { start: firstOfMonth(Math.min(...days)), end: nextMonth(Math.max(...days)) };
}

function row(d: Deadline, index: number, x: (day: DayNumber) => number): string {
  const y = TOP + index * ROW_HEIGHT;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a timeline built by hand in JavaScript may carry any status
  const style = STATUS_STYLE[d.status] ?? STATUS_STYLE.pending;
  const due = dayOf(d.due);
  const anchor = dayOf(d.anchor.date);
  const done = dayOf(d.doneOn);
  const detail = [d.due === null ? "no date" : `due ${d.due}`, d.status, d.strength, ...(d.doneOn === null ? [] : [`done ${d.doneOn}`])];
  const parts = [
    `<g><title>${xmlEscape(`${deadlineLabel(d)}: ${detail.join(", ")}. ${d.citation}`)}</title>`,
    `<text x="12" y="${y + 15}" font-size="13" fill="#1f2328">${xmlEscape(truncate(deadlineLabel(d), LABEL_CHARS))}</text>`,
    `<text x="12" y="${y + 30}" font-size="11" fill="#59636e">${xmlEscape(truncate(detail.join(" · "), LABEL_CHARS + 12))}</text>`,
  ];
  if (due !== null) {
    const from = anchor === null ? due : Math.min(anchor, due);
    const to = anchor === null ? due : Math.max(anchor, due);
    const dashed = d.status === "not-applicable" || d.status === "disapplied" ? ` stroke="#6e7781" stroke-dasharray="3 2"` : "";
    parts.push(
      `<rect x="${num(x(from))}" y="${y + 11}" width="${num(Math.max(x(to + 1) - x(from), 3))}" height="14" rx="3" fill="${style.fill}"${dashed}/>`,
      `<line x1="${num(x(due + 1))}" y1="${y + 7}" x2="${num(x(due + 1))}" y2="${y + 29}" stroke="#1f2328" stroke-width="2"/>`,
    );
  }
  if (done !== null) {
    const cx = x(done + 0.5);
    const cy = y + 18;
    parts.push(`<path d="M${num(cx)} ${cy - 7}L${num(cx + 6)} ${cy}L${num(cx)} ${cy + 7}L${num(cx - 6)} ${cy}Z" fill="#1f2328" stroke="#fff"/>`);
  }
  parts.push("</g>");
  return parts.join("");
}

/** Month lines, with a label every 1, 2, 3, 6 or 12 months as space allows (always on January). */
function monthTicks(start: DayNumber, end: DayNumber, x: (day: DayNumber) => number, bottom: number): string[] {
  const months: DayNumber[] = [];
  for (let m = start; m <= end; m = nextMonth(m)) months.push(m);
  const monthWidth = (x(end) - x(start)) / Math.max(1, months.length - 1);
  const step = [1, 2, 3, 6, 12].find((s) => s * monthWidth >= 58) ?? 12;
  return months.map((m, i) => {
    const { year, month } = fieldsFromDay(m);
    const labelled = (month - 1) % step === 0 && m !== end;
    const line = `<line x1="${num(x(m))}" y1="${labelled ? TOP - 16 : TOP}" x2="${num(x(m))}" y2="${bottom}" stroke="${labelled ? "#d0d7de" : "#eaeef2"}"/>`;
    if (!labelled) return line;
    const text = month === 1 || i < step ? `${MONTHS[month - 1] ?? ""} ${year}` : (MONTHS[month - 1] ?? "");
    return `${line}<text x="${num(x(m) + 4)}" y="${TOP - 6}" font-size="11" fill="#59636e">${text}</text>`;
  });
}

function legend(statuses: readonly DeadlineStatus[], y: number): string {
  const items: string[] = [];
  let x = 12;
  for (const status of statuses) {
    const style = STATUS_STYLE[status];
    items.push(`<rect x="${num(x)}" y="${y - 10}" width="14" height="12" rx="2" fill="${style.fill}"/>`);
    items.push(`<text x="${num(x + 19)}" y="${y}" font-size="12" fill="#1f2328">${style.label}</text>`);
    x += 32 + style.label.length * 7.5;
  }
  const cx = x + 6;
  items.push(`<path d="M${num(cx)} ${y - 11}L${num(cx + 6)} ${y - 4}L${num(cx)} ${y + 3}L${num(cx - 6)} ${y - 4}Z" fill="#1f2328"/>`);
  items.push(`<text x="${num(cx + 11)}" y="${y}" font-size="12" fill="#1f2328">Done on</text>`);
  x = cx + 84;
  items.push(`<line x1="${num(x)}" y1="${y - 11}" x2="${num(x)}" y2="${y + 3}" stroke="#1f2328" stroke-width="2"/>`);
  items.push(`<text x="${num(x + 6)}" y="${y}" font-size="12" fill="#1f2328">Due date (last day)</text>`);
  x += 150;
  items.push(`<line x1="${num(x)}" y1="${y - 11}" x2="${num(x)}" y2="${y + 3}" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="4 3"/>`);
  items.push(`<text x="${num(x + 6)}" y="${y}" font-size="12" fill="#1f2328">As of</text>`);
  return items.join("");
}

/**
 * Renders a timeline as an SVG document.
 *
 * @example
 * writeFileSync("case.svg", formatTimelineSvg(timeline(parsed, { asOf: "2025-01-10" })));
 */
export function formatTimelineSvg(timeline: Timeline, options: SvgOptions = {}): string {
  const width = Math.max(700, Math.round(options.width ?? 1100));
  const { start, end } = dateRange(timeline);
  const chartLeft = LABEL_WIDTH + 10;
  const chartRight = width - 24;
  const x = (day: DayNumber): number => chartLeft + ((day - start) / (end - start)) * (chartRight - chartLeft);
  const rowsEnd = TOP + timeline.deadlines.length * ROW_HEIGHT;
  const height = rowsEnd + 66;
  const asOf = dayOf(timeline.asOf);
  const statuses = (Object.keys(STATUS_STYLE) as DeadlineStatus[]).filter((s) => timeline.deadlines.some((d) => d.status === s));
  const title = `EHC deadlines ${timeline.caseId}`;
  const subtitle = `As of ${asOf === null ? timeline.asOf : shortDate(asOf)} · stage: ${timeline.stage}${timeline.dispute === null ? "" : ` · dispute: ${timeline.dispute}`}`;
  const body = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title" font-family="${FONT}">`,
    `<title id="title">${xmlEscape(`${title}, ${subtitle}`)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="26" font-size="18" font-weight="600" fill="#1f2328">${xmlEscape(truncate(title, 80))}</text>`,
    `<text x="12" y="46" font-size="12" fill="#59636e">${xmlEscape(subtitle)}</text>`,
    ...timeline.deadlines.flatMap((_, i) => (i % 2 === 0 ? [`<rect x="0" y="${TOP + i * ROW_HEIGHT}" width="100%" height="${ROW_HEIGHT}" fill="#f5f6f8"/>`] : [])),
    ...monthTicks(start, end, x, rowsEnd),
    ...timeline.deadlines.map((d, i) => row(d, i, x)),
    `<line x1="${chartLeft}" y1="${rowsEnd}" x2="${chartRight}" y2="${rowsEnd}" stroke="#8c959f"/>`,
  ];
  if (asOf !== null) {
    const ax = num(x(asOf + 1));
    body.push(`<line x1="${ax}" y1="${TOP}" x2="${ax}" y2="${rowsEnd + 6}" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="4 3"/>`);
    body.push(
      `<text x="${ax}" y="${rowsEnd + 19}" font-size="11" fill="#cf222e" text-anchor="${x(asOf + 1) > width - 70 ? "end" : "middle"}">as of ${shortDate(asOf)}</text>`,
    );
  }
  body.push(legend(statuses, height - 14), "</svg>");
  return `${body.join("\n")}\n`;
}
