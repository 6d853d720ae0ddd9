/**
 * ehc-timeline: the statutory timelines of England's SEND system as pure functions.
 *
 * Parse a case file with {@link parseCaseFile}, then compute its {@link timeline} at a date.
 * Every deadline carries its status, strength, legal citation and plain-English working.
 *
 * @example
 * import { parseCaseFile, timeline } from "ehc-timeline";
 * const parsed = parseCaseFile({
 *   caseId: "C-0042",
 *   events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }],
 * });
 * if (parsed.success) {
 *   const result = timeline(parsed.data, { asOf: "2024-12-01" });
 *   result.deadlines.find((d) => d.rule === "final-plan")?.due; // "2025-01-22"
 * }
 *
 * @packageDocumentation
 */
export { timeline, type TimelineOptions } from "./timeline/compute";
export { agenda, compareAgendaItems, type AgendaItem, type AgendaOptions } from "./timeline/agenda";
export { timelines, readNdjsonCases, parseNdjsonLine, type NdjsonCase } from "./timeline/batch";
export {
  timelinessReport,
  aggregateTimeliness,
  caseTimelinessFacts,
  isExceptionCase,
  TimelinessTally,
  type CaseTimelinessFacts,
  type DueAct,
  type PlanFact,
  type TimedAct,
  type Ratio,
  type ReportPeriod,
  type TimelinessMeasures,
  type TimelinessOptions,
  type TimelinessReport,
} from "./report/index";
export { timelineSchema, deadlineSchema, problemSchema } from "./schema/timeline";
export type { AppliedExceptions, Deadline, DeadlineStatus, Timeline } from "./timeline/types";
export type { Problem } from "./timeline/problems";
export { PROBLEMS, type ProblemCode, type Severity } from "./vocabulary/problems";
export { CaseFileError, formatPath, parseCaseFile, parseCaseFileJson, parseCaseFileOrThrow, type InputIssue, type ParseResult } from "./schema/parse";
export { caseFileSchema, optionsSchema, calendarSchema, type CaseFile, type UnknownEvent } from "./schema/case-file";
export { EVENT_TYPES, eventSchema, eventSchemas, type CaseFileEvent, type EventType } from "./schema/events";
export { RULES, findRule } from "./law/catalogue";
export type { ExceptionProvision, Owner, Rule, RuleKind, RuleReading, Strength } from "./law/types";
export { EXCEPTION_GROUNDS } from "./law/ground-ids";
export { GROUNDS, type ExceptionGround, type GroundDefinition, type GroundCheck } from "./law/exception-grounds";
export { DEFAULT_READINGS, type ReadingName, type Readings } from "./law/readings";
export { STAGES, type Stage } from "./vocabulary/stages";
export { ENGLAND_AND_WALES_BANK_HOLIDAYS, BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR, type BankHoliday } from "./dates/bank-holidays";
export { countDeadline, isWorkingDayIn, type CalendarChanges, type CountingForm, type CountingFormName, type CountingReadings, type Period } from "./dates/public";
export { CODE_OF_PRACTICE_POLICY, SUPPORT_POLICIES, type ReviewInterval, type SupportPolicy, type SupportPolicyName } from "./law/support-policies";
export { customSupportPolicySchema, supportPolicyOptionSchema } from "./schema/support-policy";
export type { SupportCycleSummary, SupportReadiness, SupportSummary } from "./timeline/support-summary";
export type { SupportOutcome } from "./process/region-states";
export type { CaseEvent, CaseEventOf } from "./process/events";
export type { DayNumber } from "./dates/civil-date";
export { supportReviewsDue, type SupportReviewDue, type SupportScheduleOptions } from "./support/schedule";
