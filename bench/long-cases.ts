/**
 * Single cases of a given number of events, in four shapes that repeat without end: annual
 * review cycles of a plan, SEN support plan-and-review cycles, advice asked for and received
 * within one assessment, and refusal-mediation-appeal cycles. Each shape keeps the same rhythm at
 * every size, so a longer case differs only in having more cycles.
 */
import { formatCivilDate, parseCivilDate } from "../src/dates/civil-date";

export const SHAPES = ["review", "support", "advice", "dispute"] as const;
export type Shape = (typeof SHAPES)[number];

type RawEvent = Record<string, unknown>;
const START = parseCivilDate("2014-09-01") ?? 0;
const day = (n: number): string => formatCivilDate(START + n);

/**
 * The events that open a case of the shape, then one cycle's events from its first day. The
 * rhythms are fast (a review every four days) so that 10,000 events fit between the Act coming
 * into force and the end of the bank-holiday table: a longer case meets the same law and the
 * same calendar, and its statuses and problems are those of a shorter one, repeated.
 */
const PATTERNS: Record<Shape, { readonly opening: readonly RawEvent[]; readonly days: number; readonly cycle: (d: number, n: number) => RawEvent[] }> = {
  // A plan, then a review every four days: meeting arranged, invited, advice, held, report, decision.
  review: {
    opening: [
      { type: "assessment-requested", date: day(0), by: "parent" },
      { type: "assessment-decision", date: day(30), outcome: "assess" },
      { type: "draft-plan-issued", date: day(90) },
      { type: "final-plan-issued", date: day(120) },
    ],
    days: 4,
    cycle: (d) => [
      { type: "review-meeting-scheduled", date: day(d), meetingDate: day(d + 1) },
      { type: "review-invitations-sent", date: day(d), meetingDate: day(d + 1) },
      { type: "review-advice-circulated", date: day(d), meetingDate: day(d + 1) },
      { type: "review-meeting-held", date: day(d + 1) },
      { type: "review-report-sent", date: day(d + 2) },
      { type: "review-decision", date: day(d + 3), outcome: "maintain" },
    ],
  },
  // SEN support: a plan agreed, reviewed and revised the next day, and the next plan agreed at once.
  support: {
    opening: [{ type: "support-started", date: day(0) }],
    days: 1,
    cycle: (d) => [
      { type: "support-plan-agreed", date: day(d) },
      { type: "support-reviewed", date: day(d + 1), outcome: "revise" },
    ],
  },
  // One assessment asking many advisers, each answering within six weeks.
  advice: {
    opening: [
      { type: "assessment-requested", date: day(0), by: "parent" },
      { type: "assessment-decision", date: day(30), outcome: "assess" },
    ],
    days: 0,
    cycle: (_, n) => [
      { type: "advice-requested", date: day(31 + (n % 20)), adviceId: `A${n}`, from: "psychology" },
      { type: "advice-received", date: day(61 + (n % 20)), adviceId: `A${n}` },
    ],
  },
  // A request refused, the notice, mediation and its certificate, an appeal dismissed: every six days.
  dispute: {
    opening: [],
    days: 6,
    cycle: (d, n) => [
      { type: "assessment-requested", date: day(d), by: "parent" },
      { id: `refusal${n}`, type: "assessment-decision", date: day(d + 1), outcome: "not-assess" },
      { type: "decision-notice-sent", date: day(d + 1), decision: `refusal${n}` },
      { type: "mediation-adviser-contacted", date: day(d + 2), wantsMediation: true },
      { type: "mediation-held", date: day(d + 3) },
      { type: "mediation-certificate-issued", date: day(d + 3) },
      { type: "appeal-lodged", date: day(d + 4) },
      { type: "tribunal-order", date: day(d + 5), order: "dismiss" },
    ],
  },
};

/** One case of the shape with exactly `events` events (ids `e1`… where the shape names none), and an as-of day after its last. */
export function longCase(shape: Shape, events: number): { readonly file: Record<string, unknown>; readonly asOf: string } {
  const pattern = PATTERNS[shape];
  const list: RawEvent[] = [...pattern.opening];
  const first = pattern.opening.length === 0 ? 0 : 150;
  for (let n = 0; list.length < events; n += 1) list.push(...pattern.cycle(first + n * pattern.days, n));
  list.length = events;
  const last = Math.max(...list.map((e) => parseCivilDate(String(e.date)) ?? 0));
  return {
    file: { caseId: `LONG-${shape}-${events}`, child: { dateOfBirth: "2010-03-01" }, events: list.map((e, i) => ({ id: `e${i + 1}`, ...e })) },
    asOf: formatCivilDate(last + 1),
  };
}
