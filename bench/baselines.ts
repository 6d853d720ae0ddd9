/**
 * What a developer would write instead of the engine, for the benchmark's baselines: every
 * deadline the engine computes for the synthetic cases (bench/synthetic.ts), with its status,
 * in luxon (Europe/London) and in date-fns (local dates). The as-of date is read once, not per
 * case, as a fair implementation would.
 *
 * The deadlines, as the engine gives them for these cases: the assessment decision (6 weeks),
 * each advice request (6 weeks), the draft plan (14), the notice of no plan (16), the final
 * plan (20), the draft's representations (15 days beginning with it), the mediation contact and
 * the appeal (2 months from the final plan, or from a decision not to assess, the appeal with
 * the Tribunal's excluded days before 21 July 2020) and the first annual review (12 months
 * beginning with the final plan).
 */
import { addDays, addMonths, addWeeks, formatISO, parseISO } from "date-fns";
import Holidays from "date-holidays";
import { DateTime } from "luxon";

export interface RawEvent {
  readonly type: string;
  readonly date: string;
  readonly outcome?: string;
  readonly adviceId?: string;
}
export interface RawCase {
  readonly caseId: string;
  readonly events: readonly RawEvent[];
}
export interface BaselineDeadline {
  readonly key: string;
  readonly due: string;
  readonly status: string;
}

/** The date arithmetic a baseline brings: parse, add, compare, format. */
interface Dates<D> {
  readonly parse: (text: string) => D;
  readonly weeks: (from: D, weeks: number) => D;
  readonly months: (from: D, months: number) => D;
  readonly days: (from: D, days: number) => D;
  readonly after: (a: D, b: D) => boolean;
  readonly format: (day: D) => string;
  /** 1 (Monday) to 7 (Sunday). */
  readonly weekday: (day: D) => number;
  /** The month (1-12) and the day of the month. */
  readonly monthDay: (day: D) => readonly [number, number];
}

/**
 * HESC Rules r.12(3) as in force before 21 July 2020 (for a period ending before it): the days from 25 December to 1 January and
 * in August are not counted in the appeal's period, which runs on by as many counted days.
 */
function tribunalDue<D>(from: D, due: D, dates: Dates<D>): D {
  // Since 21 July 2020 a last day in those days moves past them instead.
  let end = dates.after(dates.parse("2020-07-21"), due) ? excludedDaysAdded(from, due, dates) : due;
  while (excluded(end, dates)) end = dates.days(end, 1);
  // r.12(2): a last day that is not a working day moves to the next working day.
  while (dates.weekday(end) > 5 || BANK_HOLIDAYS.has(dates.format(end))) end = dates.days(end, 1);
  return end;
}

/** England's bank holidays in the years of the synthetic cases, listed once (date-holidays). */
const BANK_HOLIDAYS: ReadonlySet<string> = new Set(
  Array.from({ length: 25 }, (_, i) => 2014 + i).flatMap((year) =>
    new Holidays("GB", "ENG")
      .getHolidays(year)
      .filter((h) => h.type === "public" || h.type === "bank")
      .map((h) => h.date.slice(0, 10)),
  ),
);

/** The period's last day run on by the days r.12(3) did not count within it. */
function excludedDaysAdded<D>(from: D, due: D, dates: Dates<D>): D {
  // A period of two months touches at most three months: none of them August, December or January, nothing to count.
  const [first] = dates.monthDay(from);
  const [last] = dates.monthDay(due);
  const touched = [first, first === 12 ? 1 : first + 1, last];
  if (!touched.some((month) => month === 8 || month === 12 || month === 1)) return due;
  let skipped = 0;
  for (let day = dates.days(from, 1); !dates.after(day, due); day = dates.days(day, 1)) if (excluded(day, dates)) skipped += 1;
  let end = due;
  while (skipped > 0) {
    end = dates.days(end, 1);
    if (!excluded(end, dates)) skipped -= 1;
  }
  return end;
}

/** A day of August or of 25 December to 1 January (r.12(3)). */
function excluded<D>(day: D, dates: Dates<D>): boolean {
  const [month, date] = dates.monthDay(day);
  return month === 8 || (month === 12 && date >= 25) || (month === 1 && date === 1);
}

/** The deadlines of one case, the same logic whatever library does the dates. */
function deadlines<D>(c: RawCase, asOf: D, dates: Dates<D>): BaselineDeadline[] {
  const out: BaselineDeadline[] = [];
  const find = (type: string) => c.events.find((e) => e.type === type);
  const request = find("assessment-requested");
  if (request === undefined) return out;
  const status = (due: D, done: RawEvent | undefined): string =>
    done === undefined ? (dates.after(asOf, due) ? "overdue" : "pending") : dates.after(dates.parse(done.date), due) ? "late" : "met";
  const push = (key: string, due: D, done: RawEvent | undefined) => out.push({ key, due: dates.format(due), status: status(due, done) });
  const window = (key: string, due: D) => out.push({ key, due: dates.format(due), status: dates.after(asOf, due) ? "closed" : "open" });
  const requested = dates.parse(request.date);
  const decision = find("assessment-decision");
  const draft = find("draft-plan-issued");
  const final = find("final-plan-issued");
  push("assessment-decision", dates.weeks(requested, 6), decision);
  for (const e of c.events) {
    if (e.type !== "advice-requested") continue;
    push(
      `advice:${e.adviceId ?? ""}`,
      dates.weeks(dates.parse(e.date), 6),
      c.events.find((r) => r.type === "advice-received" && r.adviceId === e.adviceId),
    );
  }
  push("draft-plan", dates.weeks(requested, 14), draft);
  push("no-plan-notice", dates.weeks(requested, 16), undefined);
  push("final-plan", dates.weeks(requested, 20), final);
  if (draft !== undefined) window("draft-representations", dates.days(dates.parse(draft.date), 14));
  const appealable = final ?? (decision?.outcome === "not-assess" ? decision : undefined);
  if (appealable !== undefined) {
    const from = dates.parse(appealable.date);
    window("mediation-contact", dates.months(from, 2));
    window("appeal", tribunalDue(from, dates.months(from, 2), dates));
  }
  if (final !== undefined) push("annual-review", dates.days(dates.months(dates.parse(final.date), 12), -1), undefined);
  return out;
}

const ZONE = "Europe/London";
const LUXON: Dates<DateTime> = {
  parse: (text) => DateTime.fromISO(text, { zone: ZONE }),
  weeks: (from, weeks) => from.plus({ weeks }),
  months: (from, months) => from.plus({ months }),
  days: (from, days) => from.plus({ days }),
  after: (a, b) => a > b,
  format: (day) => day.toISODate() ?? "",
  monthDay: (day) => [day.month, day.day],
  weekday: (day) => day.weekday,
};

const DATE_FNS: Dates<Date> = {
  parse: (text) => parseISO(text),
  weeks: addWeeks,
  months: addMonths,
  days: addDays,
  after: (a, b) => a.getTime() > b.getTime(),
  format: (day) => formatISO(day, { representation: "date" }),
  monthDay: (day) => [day.getMonth() + 1, day.getDate()],
  weekday: (day) => day.getDay() || 7,
};

/** The luxon baseline for cases computed as of `asOf` (read once here). */
export function luxonBaseline(asOf: string): (c: RawCase) => BaselineDeadline[] {
  const day = LUXON.parse(asOf);
  return (c) => deadlines(c, day, LUXON);
}

/** The date-fns baseline for cases computed as of `asOf` (read once here). */
export function dateFnsBaseline(asOf: string): (c: RawCase) => BaselineDeadline[] {
  const day = DATE_FNS.parse(asOf);
  return (c) => deadlines(c, day, DATE_FNS);
}
