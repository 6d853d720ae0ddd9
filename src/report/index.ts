/**
 * `ehc-timeline/report`: SEN2-style timeliness measures over a batch of cases (rules.md § 10).
 *
 * @module ehc-timeline/report
 */
export {
  TimelinessTally,
  aggregateTimeliness,
  timelinessReport,
  timelinessRows,
  type Ratio,
  type ReportPeriod,
  type TimelinessMeasures,
  type TimelinessOptions,
  type TimelinessReport,
  type TimelinessRow,
} from "./timeliness";
export { caseTimelinessFacts, isExceptionCase, type CaseTimelinessFacts, type DueAct, type PlanFact, type TimedAct } from "./case-facts";
