// Generated case histories over every event type, for the property tests of the state machine
// and of the timeline's JSON.
import fc from "fast-check";
import type { EventType } from "../../src/schema/events";

/** Sample payloads for every event type: a new type does not compile until it has some. */
export const SAMPLES: Readonly<Record<EventType, readonly Record<string, unknown>[]>> = {
  "support-started": [{}],
  "support-reviewed": [{ outcome: "continue" }, { outcome: "revise" }, { outcome: "exit" }, { outcome: "request-assessment" }],
  "support-plan-agreed": [{}, { reviewBy: "2025-06-01" }],
  "assessment-requested": [{ by: "parent" }, { by: "school", route: "became-responsible" }],
  "assessment-decision": [{ outcome: "assess" }, { outcome: "not-assess" }],
  "advice-requested": [
    { adviceId: "EP", from: "psychology" },
    { adviceId: "H", from: "health" },
  ],
  "advice-received": [{ adviceId: "EP" }, { adviceId: "H" }],
  "plan-decision": [{ outcome: "issue" }, { outcome: "not-issue" }],
  "draft-plan-issued": [{}],
  "representations-received": [{}],
  "institution-consulted": [{ institutionId: "S1" }],
  "institution-responded": [{ institutionId: "S1" }],
  "final-plan-issued": [{}],
  "exception-recorded": [{ ground: "absence-from-area", from: "2025-02-01", to: "2025-03-15" }],
  "review-meeting-scheduled": [{ meetingDate: "2025-10-01" }],
  "review-invitations-sent": [{ meetingDate: "2025-10-01" }],
  "review-advice-circulated": [{ meetingDate: "2025-10-01" }],
  "review-meeting-held": [{}, { phaseTransfer: { transferDate: "2026-09-01", kind: "school" } }],
  "review-report-sent": [{}],
  "review-decision": [{ outcome: "maintain" }, { outcome: "amend" }, { outcome: "cease" }],
  "amendment-notice-sent": [{}],
  "amended-plan-issued": [{}],
  "amendment-not-made": [{}],
  "direct-payments-started": [{}],
  "direct-payments-reviewed": [{}],
  "disclosure-requested": [{}],
  "plan-disclosed": [{}],
  "phase-transfer-expected": [{ transferDate: "2026-09-01", kind: "secondary-to-post16" }],
  "reassessment-requested": [{}],
  "reassessment-decision": [{ outcome: "reassess" }, { outcome: "not-reassess" }],
  "plan-move-known": [{ moveDate: "2025-09-01" }],
  "commissioning-change-known": [{}, { moveDate: "2025-09-01" }],
  "commissioning-body-notified": [{}],
  "health-provision-impracticable": [{ after: "move" }, { after: "other" }],
  "health-review-requested": [{}],
  "plan-transferred-in": [{}, { planMadeOn: "2024-01-10", lastReviewedOn: "2024-12-01" }],
  "transfer-notice-sent": [{}],
  "cease-decision": [{}],
  "plan-ceased": [{}],
  "decision-notice-sent": [{ decision: "assessment-decision" }],
  "mediation-adviser-contacted": [{ wantsMediation: true }, { wantsMediation: false }, { wantsMediation: true, health: "included" }, { wantsMediation: true, health: "only" }],
  "mediation-health-notified": [{ healthOnly: false }, { healthOnly: true }],
  "mediation-held": [{}],
  "mediation-certificate-issued": [{}],
  "mediation-not-arranged": [{}],
  "mediation-date-notified": [{ mediationDate: "2025-12-01" }],
  "mediation-agreement-carried-out": [{}],
  "mediation-agreement": [{ appealable: false }, { appealable: true, order: "amend-content" }, { appealable: false, localAuthorityParty: false }],
  "mediation-agreement-notified": [{}],
  "appeal-lodged": [{}],
  "appeal-withdrawn": [{}],
  "tribunal-order": [{ order: "assess" }, { order: "make-plan" }, { order: "cease" }, { order: "dismiss" }],
  "appeal-unopposed": [{ appealAbout: "assessment" }, { appealAbout: "content" }],
  "tribunal-recommendation": [{ area: "health" }],
  "recommendation-responded": [{}],
  "recommendation-response-copied": [{}],
};

const TYPES = Object.keys(SAMPLES) as EventType[];
const dateAfterStart = (day: number): string => new Date(Date.UTC(2025, 0, 6) + day * 86_400_000).toISOString().slice(0, 10);
const anyEvent = fc.record({ type: fc.constantFrom(...TYPES), sample: fc.nat(), day: fc.integer({ min: 0, max: 900 }) }).map(({ type, sample, day }) => {
  const samples = SAMPLES[type];
  return { type, ...samples[sample % samples.length], date: dateAfterStart(day) };
});

/** The usual life of a case, each step kept or dropped, so that every stage is reached often. */
const SKELETON: readonly [number, Record<string, unknown>][] = [
  [0, { type: "support-started" }],
  [20, { type: "assessment-requested", by: "school" }],
  [60, { type: "assessment-decision", outcome: "assess" }],
  [61, { type: "advice-requested", adviceId: "EP", from: "psychology" }],
  [120, { type: "plan-decision", outcome: "issue" }],
  [140, { type: "draft-plan-issued" }],
  [170, { type: "final-plan-issued" }],
  [400, { type: "review-meeting-held" }],
  [420, { type: "review-decision", outcome: "amend" }],
  [421, { type: "amendment-notice-sent" }],
  [480, { type: "amended-plan-issued" }],
  [600, { type: "reassessment-requested" }],
  [610, { type: "reassessment-decision", outcome: "reassess" }],
  [700, { type: "final-plan-issued" }],
  [800, { type: "cease-decision" }],
  [880, { type: "plan-ceased" }],
];
const skeleton = fc
  .array(fc.boolean(), { minLength: SKELETON.length, maxLength: SKELETON.length })
  .map((kept) => SKELETON.filter((_, i) => kept[i]).map(([day, e]) => ({ ...e, date: dateAfterStart(day) })));
export const history = fc.tuple(skeleton, fc.array(anyEvent, { maxLength: 12 })).map(([usual, extra]) => [...usual, ...extra]);
