/**
 * School years as graduated-approach.md counts them for CoP 6.65: 1 September to 31 August.
 *
 * @module
 */
import { type DayNumber, dayFromFields, fieldsFromDay } from "./civil-date";

/** One school year: its label (`2024-25`), first day and last day. */
export interface SchoolYear {
  readonly label: string;
  readonly first: DayNumber;
  readonly last: DayNumber;
}

function schoolYearStarting(year: number): SchoolYear {
  return {
    label: `${year}-${String((year + 1) % 100).padStart(2, "0")}`,
    first: dayFromFields(year, 9, 1),
    last: dayFromFields(year + 1, 8, 31),
  };
}

/**
 * The school year a day falls in.
 *
 * @example
 * schoolYearOf(civilDate("2025-03-10")).label; // "2024-25"
 */
export function schoolYearOf(day: DayNumber): SchoolYear {
  const { year, month } = fieldsFromDay(day);
  return schoolYearStarting(month >= 9 ? year : year - 1);
}

/** Every school year with a day in `first`…`last` (both included), in order. */
export function schoolYearsBetween(first: DayNumber, last: DayNumber): SchoolYear[] {
  const years: SchoolYear[] = [];
  const start = fieldsFromDay(schoolYearOf(first).first).year;
  for (let year = start; dayFromFields(year, 9, 1) <= last; year += 1) years.push(schoolYearStarting(year));
  return years;
}

/**
 * The last day of the academic year (1 August to 31 July) in which a day falls: the end CFA
 * s.46 and SEND Regulations 2014 reg 46 use for a young person in further education.
 *
 * @example
 * academicYearEnd(civilDate("2031-09-15")); // 2032-07-31
 */
export function academicYearEnd(day: DayNumber): DayNumber {
  const { year, month } = fieldsFromDay(day);
  return dayFromFields(month <= 7 ? year : year + 1, 7, 31);
}
