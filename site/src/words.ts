/** Plain-English words for the engine's vocabulary, and dates as people read them. */
import type { DeadlineStatus, Owner, Stage } from "../../src/index";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** `2025-01-22` → `Wednesday 22 January 2025`; anything else is returned as it is. */
export function longDate(date: string | null): string {
  if (date === null) return "no date";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${DAYS[weekday] ?? ""} ${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** `YYYY-MM-DD` plus some days (calendar arithmetic in UTC, so no zone moves it). */
export function addDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Today's date in England, `YYYY-MM-DD`. */
export function todayInEngland(): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date());
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export const OWNER_WORDS: Readonly<Record<Owner, string>> = {
  "local-authority": "Local authority",
  "old-local-authority": "Former local authority",
  "new-local-authority": "New local authority",
  "advice-giver": "Adviser (health, psychology, social care…)",
  institution: "School or college consulted",
  school: "School",
  "parent-or-young-person": "Parent or young person",
  "mediation-adviser": "Mediation adviser",
  "commissioning-body": "Health commissioning body",
  "review-arranger": "Whoever arranges the review",
};

export const STATUS_WORDS: Readonly<Record<DeadlineStatus, string>> = {
  pending: "Due",
  overdue: "Overdue",
  met: "Done in time",
  late: "Done late",
  disapplied: "Does not apply (exception)",
  "not-applicable": "Not applicable",
  open: "Window open",
  closed: "Window closed",
};

export const STAGE_WORDS: Readonly<Record<Stage, string>> = {
  "not-started": "Nothing has started yet",
  "sen-support": "SEN support at school",
  "awaiting-assessment-decision": "Waiting for the decision whether to assess",
  "not-assessing": "The local authority decided not to assess",
  assessing: "EHC needs assessment under way",
  "not-issuing": "The local authority decided not to issue a plan",
  "draft-issued": "Draft EHC plan issued",
  "plan-maintained": "EHC plan in place",
  "under-review": "EHC plan under review",
  amending: "EHC plan being amended",
  reassessing: "Being reassessed",
  ceasing: "The local authority means to stop the plan",
  ceased: "The plan has stopped",
};

export const STRENGTH_WORDS = {
  statutory: "Law",
  guidance: "Statutory guidance",
  practice: "Local practice",
} as const;

/** A number with thousands separators. */
export const count = (n: number): string => n.toLocaleString("en-GB");
