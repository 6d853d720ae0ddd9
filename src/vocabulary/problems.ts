/**
 * The problem catalogue: every code, its severity and its message, in one place. Messages name
 * events by id and rules by id, never anything personal. A word list of the engine's
 * vocabulary, below every layer that speaks it: the state machine raises the codes, the
 * timeline reports them and its schema lists them.
 *
 * @module
 */

/** Whether the history is wrong (`error`) or only doubtful or incomplete (`warning`). */
export type Severity = "error" | "warning";

/** Every problem code with its severity and message. */
export const PROBLEMS = {
  "invalid-event-date": ["error", "the event has no valid date; it was not used"],
  "date-out-of-range": ["error", "the event has a date outside the years the engine supports (2000 to 2099); it was not used"],
  "duplicate-event": ["warning", "an identical event was recorded earlier; this one was not used again"],
  "duplicate-event-id": ["error", "an event earlier in the case has the same id, so the id cannot name this one; it was not used"],
  "event-after-as-of": ["warning", "the event is dated after the as-of date; it was not used, as the timeline is the case as known on that date"],
  "event-before-request": ["error", "the event is dated before the request for assessment it belongs to; it was not used"],
  "no-request": ["error", "the event needs a request for an EHC needs assessment before it, and there is none; it was not used"],
  "request-during-process": ["warning", "a request was recorded while an assessment process was already under way; it was not treated as a new request"],
  "request-with-plan": ["warning", "a request for assessment was recorded while a plan is maintained; record a reassessment-requested event instead; it was not used"],
  "second-assessment-decision": ["error", "the LA's decision whether to assess was already recorded for this request; this one was not used"],
  "decision-not-recorded": ["warning", "no decision whether to assess was recorded before this event; the engine assumes the LA decided to assess"],
  "not-assessing": ["error", "the LA decided not to assess, so this event cannot follow in the same process; it was not used"],
  "second-plan-decision": ["error", "the decision whether to issue a plan was already recorded; this one was not used"],
  "not-issuing": ["error", "the LA decided not to issue a plan, so this event cannot follow in the same process; it was not used"],
  "final-before-draft": ["error", "a final plan was issued with no draft plan before it"],
  "draft-after-final": ["error", "the event belongs before the final plan but is dated after it; it was not used"],
  "final-before-window-closed": ["error", "the plan was finalised before the 15-day window for comments on the draft had closed (Regs 13(1)(a))"],
  "advice-already-requested": ["warning", "advice with this adviceId was already requested and is still awaited; this request was not used"],
  "advice-not-requested": ["error", "advice was recorded as received, but no request for advice with this adviceId is open; it was not used"],
  "institution-not-consulted": [
    "error",
    "a response was recorded from a school or college that was not consulted (no open consultation with this institutionId); it was not used",
  ],
  "institution-already-consulted": ["warning", "this school or college was already consulted and has not replied; this consultation was not used"],
  "no-draft": ["error", "the event needs a draft plan before it, and there is none open; it was not used"],
  "exception-ground-not-applicable": ["error", "the exception's ground cannot apply to this limit; it was not applied"],
  "exception-not-available": ["error", "the law gives no exception for this limit here; it was not applied"],
  "exception-absence-too-short": ["error", "the absence recorded is shorter than the ground requires within the limit's period; it was not applied"],
  "exception-closure-not-found": ["error", "no closure of at least 4 continuous weeks in calendar.closures fits a request for advice from that setting; it was not applied"],
  "exception-coronavirus-outside-period": ["error", "a coronavirus exception may only cover days from 2020-05-01 to 2020-09-25; it was not applied"],
  "exception-coronavirus-cut-short": [
    "warning",
    "the coronavirus exception was recorded from a day before 2020-05-01 or to a day after 2020-09-25, outside the days the ground existed (SI 2020/471); only its days from 2020-05-01 to 2020-09-25 were counted",
  ],
  "exception-dates-reversed": ["error", "the exception ends before it starts; it was not applied"],
  "exception-unknown-rule": ["error", "appliesTo names a rule id the engine does not know"],
  "exception-ground-not-recorded": [
    "warning",
    "the exception was applied as recorded, but its ground and days were not recorded, so the engine could not check that the law allows it",
  ],
  "exception-not-used": ["warning", "the exception did not fall within the period of any limit it can apply to; it changed nothing"],
  "rule-not-in-force": ["error", "the rule was not in force on the date its period would run from (the SEND Regulations 2014 apply from 2014-09-01)"],
  "outside-holiday-table": ["warning", "a working-day count reaches a year beyond the bundled bank-holiday table (2014 to 2035); add the holidays in calendar.holidays"],
  "no-date-of-birth": ["warning", "the child's date of birth is not given, so the under-5 review rule (CoP 9.178) and the age-25 limit (CFA s.46) could not be checked"],
  "no-plan": ["error", "the event needs a maintained EHC plan before it, and there is none; it was not used"],
  "plan-already-ceased": ["error", "the plan had already ceased; the event was not used"],
  "no-review-meeting": ["warning", "no review meeting was recorded before this event"],
  "amendment-notice-after-decision": [
    "error",
    "the proposed amendments were sent after the review decision; they must go with the decision notice (Regs 20(10); R (L, M and P) v Devon CC [2022] EWHC 493 (Admin))",
  ],
  "amended-before-window-closed": ["error", "the amended plan was issued before the 15-day window for comments on the proposed amendments had closed (Regs 22(2)(c))"],
  "no-amendment-notice": ["warning", "an amended plan was issued with no amendment notice recorded before it"],
  "no-amendment-proposed": ["error", "a decision not to amend was recorded with no proposed amendments after a review awaiting a decision (Regs 22(2)); it was not used"],
  "reassessment-refusable": [
    "warning",
    "the reassessment was requested less than 6 months after the last assessment, so the LA may refuse it (Regs 24); this does not bar the request",
  ],
  "reassessment-ended": ["error", "the LA decided after the reassessment not to amend or replace the plan, so this event cannot follow in that reassessment; it was not used"],
  "transfer-without-review-date": ["warning", "the transfer gives neither planMadeOn nor lastReviewedOn, so only the 3-month period of Regs 15(5) could be counted"],
  "transfer-during-assessment": [
    "warning",
    "a plan was transferred in while an EHC needs assessment was under way here; that assessment's limits no longer apply, and later events of it were not used",
  ],
  "assessment-ended-by-transfer": ["error", "the EHC needs assessment this event belongs to ended when a plan was transferred in from another LA (Regs 15); it was not used"],
  "no-transfer": ["error", "a transfer notice was recorded but no plan was transferred in; it was not used"],
  "ceased-without-decision": ["error", "the plan was ceased with no decision to cease recorded before it"],
  "ceased-too-early": ["error", "the plan was ceased before the time to appeal the decision to cease had passed (CFA s.45(4))"],
  "plan-beyond-age-25": [
    "error",
    "the plan is still maintained after the end of the academic year in which the young person turned 25 (CFA s.46; SEND Regulations 2014 reg 46: 31 July for further education, the end assumed here; apprenticeships and other courses end earlier or later)",
  ],
  "support-already-started": ["warning", "SEN support was recorded as starting while a cycle was already open; this event was not used"],
  "support-plan-without-start": ["warning", "no support-started event came before this SEN support plan; the cycle is taken to start on the plan's date"],
  "support-plan-not-reviewed": [
    "warning",
    "an SEN support plan was agreed while the previous plan still awaited its review; it was not used (record a support-reviewed event first)",
  ],
  "support-review-without-plan": ["error", "an SEN support review was recorded with no SEN support plan awaiting review; it was not used"],
  "support-review-date-before-plan": ["error", "the review date agreed in the SEN support plan is before the plan; the policy's interval was used instead"],
  "support-review-beyond-maximum": ["warning", "the SEN support review falls due later than the policy's longest interval between reviews allows (local policy, not law)"],
  "support-termly-fallback": [
    "warning",
    "the SEN support policy reviews termly, but calendar.closures gives no term break after the plan; the policy's interval in weeks was used",
  ],
  "support-review-before-minimum-run": ["warning", "the SEN support plan was judged not to work before the policy's minimum run of an intervention (local policy, not law)"],
  "notice-unknown-decision": ["error", "the decision notice names no appealable decision (CFA s.51(2)) recorded before it, by event id or by type; it was not used"],
  "notice-after-appeal": ["warning", "the decision notice was recorded after an appeal against that decision had been lodged; it changed nothing"],
  "no-appealable-decision": ["warning", "no appealable decision (CFA s.51(2)) with an open appeal window is recorded before this event, so it could not be tied to one"],
  "mediation-contact-late": [
    "warning",
    "the mediation adviser was contacted after the 2 months of Regs 33, so no mediation certificate is due (Regs 34(2)); an appeal needs the Tribunal's permission (Regs 34(3))",
  ],
  "certificate-without-contact": ["warning", "a mediation certificate was recorded with no contact with the mediation adviser before it (Regs 33)"],
  "mediation-not-requested": ["warning", "mediation was recorded as held with no request for mediation before it (mediation-adviser-contacted with wantsMediation true)"],
  "mediation-step-not-requested": [
    "warning",
    "a step of mediation (its date notified, the LA's notice that it cannot arrange it, or an agreement) was recorded with no request for mediation before it (mediation-adviser-contacted with wantsMediation true); its deadlines were computed anyway",
  ],
  "mediation-date-already-notified": ["warning", "notice of this mediation's date was already recorded; this notice changed nothing"],
  "no-recommendation": ["warning", "a response to a Tribunal recommendation was recorded, but no recommendation awaits one; it changed nothing"],
  "no-mediation-agreement": [
    "warning",
    "a mediation agreement was recorded as carried out, but no agreement on a matter that cannot be appealed awaits it (Regs 42(3)); it changed nothing",
  ],
  "no-duty-awaiting": ["warning", "the event meets a duty, but no open duty of that kind awaits it; it changed nothing"],
  "no-appeal-pending": ["warning", "an appeal was recorded as withdrawn with no appeal pending before it; it changed nothing"],
  "no-appeal-lodged": ["warning", "a Tribunal order or an unopposed appeal was recorded with no appeal-lodged event before it; its deadlines were computed anyway"],
  "order-continue-without-cease": [
    "warning",
    "the Tribunal ordered the LA to continue to maintain the plan, but no decision to cease is recorded; such an order sets no deadline",
  ],
  "recommendation-not-available": [
    "warning",
    "the Tribunal's recommendation power covers only appeals about decisions or plans made on or after 2018-04-03, and not a refusal to assess (SI 2017/1306); no deadline was computed",
  ],
  "ceased-during-appeal": ["error", "the plan was ceased while an appeal against the decision to cease was pending (CFA s.45(4))"],
  "event-not-modelled": ["warning", "the engine does not compute deadlines from this event type yet; it was kept but not used"],
} as const satisfies Record<string, readonly [Severity, string]>;

/** A stable problem code. */
export type ProblemCode = keyof typeof PROBLEMS;
