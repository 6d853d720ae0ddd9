/**
 * The checks of the date functions' arguments (`countDeadline`, `isWorkingDayIn`): each
 * argument a caller can get wrong from plain JavaScript or a cast is named in an
 * `ArgumentError`, rather than answered with a date made of `NaN` or a guess.
 *
 * @module
 */
import { P, match } from "ts-pattern";
import { ArgumentError } from "../vocabulary/argument-error";
import { BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR } from "./bank-holidays";
import { type DayNumber, parseCivilDate } from "./civil-date";
import type { CountingForm } from "./counting";
import { outsideBankHolidayTable } from "./working-days";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The day of a `YYYY-MM-DD` argument, or an `ArgumentError` naming it. */
export function dateArgument(value: unknown, argument: string): DayNumber {
  const day = typeof value === "string" ? parseCivilDate(value) : null;
  if (day === null) throw new ArgumentError(argument, "invalid-date", "expected a calendar date YYYY-MM-DD");
  return day;
}

/** An `ArgumentError` when the days from `first` to `last` reach a year the bank-holiday table does not cover: the engine does not guess. */
export function withinHolidayTable(first: DayNumber, last: DayNumber, argument: string): void {
  if (outsideBankHolidayTable(first, last)) {
    throw new ArgumentError(
      argument,
      "outside-holiday-table",
      `reaches a year beyond the bundled bank-holiday table (${BANK_HOLIDAY_TABLE_FIRST_YEAR} to ${BANK_HOLIDAY_TABLE_LAST_YEAR}), whose working days are not known`,
    );
  }
}

function countArgument(form: Record<string, unknown>, field: string, path: string, min: number, max: number): void {
  const value = form[field];
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ArgumentError(`${path}.${field}`, "invalid-value", `expected a whole number from ${min} to ${max}`);
  }
}

/** Periods in the law run to a few years; these bounds keep every count inside the calendar. */
const MAX_DAYS = 3660;
const MAX_WEEKS = 520;
const MAX_MONTHS = 120;

/** The form, checked: an `ArgumentError` naming the first field that is not what its kind needs (`form.weeks`). */
export function countingFormArgument(value: unknown, path = "form"): CountingForm {
  if (!isRecord(value)) throw new ArgumentError(path, "invalid-type", "expected a counting form object such as { kind: weeks-after, weeks: 20 }");
  switch (value["kind"]) {
    case "weeks-after":
      countArgument(value, "weeks", path, 0, MAX_WEEKS);
      break;
    case "days-after":
    case "days-beginning-with":
    case "working-days-after":
    case "working-days-beginning-with":
      countArgument(value, "days", path, 0, MAX_DAYS);
      break;
    case "months-after":
    case "months-beginning-with":
      countArgument(value, "months", path, 0, MAX_MONTHS);
      break;
    case "before":
      countArgument(value, "month", path, 1, 12);
      countArgument(value, "day", path, 1, 31);
      break;
    case "at-least-before": {
      const period = value["period"];
      if (!isRecord(period) || !["days", "weeks", "months", "working-days"].includes(String(period["unit"]))) {
        throw new ArgumentError(`${path}.period`, "invalid-value", "expected a period { unit: days, weeks, months or working-days, count }");
      }
      countArgument(period, "count", `${path}.period`, 0, MAX_DAYS);
      break;
    }
    case "as-soon-as-practicable":
    case "on-date":
      break;
    case "before-next-closure":
      countArgument(value, "minimumDays", path, 1, 366);
      if (value["minimumWeeks"] !== undefined) countArgument(value, "minimumWeeks", path, 0, 52);
      break;
    case "school-day-by":
      countingFormArgument(value["form"], `${path}.form`);
      break;
    default:
      throw new ArgumentError(`${path}.kind`, "invalid-value", "not a counting form the engine knows (see CountingFormName)");
  }
  return value as unknown as CountingForm;
}

/** Whether a form counts or moves by working days, so that its answer needs the bank-holiday table. */
export function usesWorkingDays(form: CountingForm): boolean {
  return match(form)
    .with({ kind: P.union("working-days-after", "working-days-beginning-with", "before-next-closure", "school-day-by") }, () => true)
    .with({ kind: "at-least-before" }, (f) => f.period.unit === "working-days")
    .with(
      { kind: P.union("weeks-after", "days-after", "days-beginning-with", "months-after", "months-beginning-with", "before", "as-soon-as-practicable", "on-date") },
      () => false,
    )
    .exhaustive();
}
