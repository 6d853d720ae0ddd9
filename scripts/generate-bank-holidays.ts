/**
 * Writes `src/dates/bank-holidays.ts` from the rules in `./bank-holiday-rules`.
 *
 * Run: `npx tsx scripts/generate-bank-holidays.ts`
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ONE_OFF_CHANGES, englandAndWalesBankHolidays } from "./bank-holiday-rules";

const FIRST_YEAR = 2014;
const LAST_YEAR = 2035;
const OUTPUT = fileURLToPath(new URL("../src/dates/bank-holidays.ts", import.meta.url));

const oneOffs = ONE_OFF_CHANGES.map(
  (change) => ` *   - ${change.date} ${change.name}` + (change.replaces === undefined ? "" : `, in place of ${change.replaces}`) + ` (${change.source})`,
).join("\n");

const rows = englandAndWalesBankHolidays(FIRST_YEAR, LAST_YEAR)
  .map(({ date, name }) => `  { date: ${JSON.stringify(date)}, name: ${JSON.stringify(name)} },`)
  .join("\n");

const source = `/**
 * England and Wales bank holidays, ${FIRST_YEAR}–${LAST_YEAR}, with Christmas Day and Good Friday.
 *
 * GENERATED FILE, do not edit: run \`npx tsx scripts/generate-bank-holidays.ts\`
 * (rules in \`scripts/bank-holiday-rules.ts\`; \`test/dates/bank-holidays.test.ts\` checks that
 * this table matches them and cross-checks it against the \`date-holidays\` package).
 *
 * Sources:
 * - Banking and Financial Dealings Act 1971, Sch 1 para 1: Easter Monday, last Monday in May,
 *   last Monday in August, 26 December (27 December when 25 or 26 December is a Sunday).
 * - Annual royal proclamations under s 1(3): 1 January (or the next weekday), first Monday in
 *   May, and 28 December when 26 December is a Saturday or Sunday (when 25 December is a
 *   Saturday, 27 December comes from Sch 1 itself, since 26 December is then a Sunday).
 * - Christmas Day and Good Friday: common law holidays, not bank holidays under the Act, but
 *   not working days in the ordinary meaning the SEND Regulations 2014 rely on (they do not
 *   define "working day").
 * - One-off royal proclamations:
${oneOffs}
 *
 * Only weekdays are listed. A proclamation made after generation can change any year: callers
 * can add or remove days through \`calendar.holidays\`.
 *
 * @module
 */

/** One non-working day: a \`YYYY-MM-DD\` date and its name. */
export interface BankHoliday {
  readonly date: string;
  readonly name: string;
}

export const BANK_HOLIDAY_TABLE_FIRST_YEAR = ${FIRST_YEAR};
export const BANK_HOLIDAY_TABLE_LAST_YEAR = ${LAST_YEAR};

/** Sorted by date. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = [
${rows}
];
`;

writeFileSync(OUTPUT, source);
console.log(`Wrote ${OUTPUT}`);
