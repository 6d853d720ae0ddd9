/**
 * The wiring table: for every rule of the catalogue, the acts that open it, meet it and end it.
 * Each act names who applies it: the table itself (`by` absent: {@link pushTableActs},
 * {@link endsOn}, and the Tribunal's limits while they are pending), or the hand-written handler
 * of a process whose logic depends on its state (review cycles, appeal windows, disputes, SEN
 * support). Either way the act is declared here, and `test/process/lifecycle.test.ts` checks every
 * effect the machine makes against these declarations, over thousands of generated histories.
 *
 * A rule on events the machine already knows is one record in `src/law/` and one row here.
 *
 * @module
 */
import { RULES, publicIdOf } from "../law/catalogue";
import type { Rule } from "../law/types";
import type { EventType } from "../schema/events";
import type { ProblemCode } from "../vocabulary/problems";
import type { Effect } from "./effects";
import { type CaseEvent, anchorOf } from "./events";
import type { Anchor } from "./states";

/** The hand-written process that applies an act, by its file in src/process. */
export type HandWritten =
  "assessment" | "reviews" | "amendments" | "plan-state" | "phase-transfers" | "reassessment" | "transfers" | "ceasing" | "disputes" | "tribunal-outcomes" | "support";

/** Moments of the machine that are not one event type: a rule may end at them. */
export type Occasion =
  /** A plan ceased (CFA s.45): every duty of the plan from that day on. */
  | "plan-ceased"
  /** A plan finalised after a reassessment (Regs 27(4)): the review periods of the old plan. */
  | "reassessment-finished"
  /** A plan transferred in during a first assessment here (Regs 15(3)): the limits of the assessment. */
  | "first-assessment-ended-by-transfer";

/** An event of one type, and the values its fields must have for the act to count (an outcome, an order). */
export interface Act {
  readonly on: EventType;
  readonly where?: Readonly<Record<string, string | boolean>>;
  /** Who applies it; absent: the table. */
  readonly by?: HandWritten | "pending";
}

/** An act that opens a rule. The table opens it on the event itself; a handler, on what it works out. */
export interface Open extends Act {
  /** What the period runs from, as the working names it (for an act the table applies). */
  readonly label?: string;
}

/** An act that meets a rule. */
export interface Meet extends Act {
  /** The event field naming the instance it meets (`adviceId`): acts and instances are matched by it. */
  readonly qualifier?: "adviceId" | "institutionId";
  /** The problem when there is no open instance to meet. */
  readonly orProblem?: ProblemCode;
}

/** An act or a moment that ends a rule: it no longer applies. */
export interface End {
  readonly on: EventType | Occasion;
  readonly where?: Readonly<Record<string, string | boolean>>;
  readonly by?: HandWritten | "pending";
  /** Why, as the working says it (the table adds the event's id where it applies the act). */
  readonly reason?: string;
}

/** An act noted in the rule's working that leaves it open. */
export interface Note extends Act {
  readonly note: string;
}

/** What opens, meets and ends one rule. */
export interface Lifecycle {
  readonly opens: readonly Open[];
  readonly meets: readonly Meet[];
  readonly ends: readonly End[];
  readonly notes?: readonly Note[];
  /**
   * An amended plan issued while this limit is pending follows the order's own short limit
   * (Regs 44(2), 45), not the Regs 22 notice and 15-day window.
   */
  readonly ordersAmendment?: true;
}

// --- Building blocks ------------------------------------------------------------------------------

const on = (type: EventType, by?: HandWritten | "pending", where?: Act["where"]): Act => ({
  on: type,
  ...(by === undefined ? {} : { by }),
  ...(where === undefined ? {} : { where }),
});

/** What every duty of a maintained plan shares: it ends when the plan ceases (CFA s.45), unless met before. */
const PLAN_CEASED: End = { on: "plan-ceased", reason: "the plan was ceased" };
const REASSESSED: End = { on: "reassessment-finished", reason: "the plan was reassessed; the next review runs from the new plan (Regs 27(4))" };
const TRANSFERRED: End = { on: "first-assessment-ended-by-transfer", reason: "a plan was transferred in from another LA (Regs 15)" };

/** The decisions after which no plan is coming from a first assessment: not to assess (Regs 4(1)), not to issue (Regs 10(1)). */
const NO_PLAN_COMING: readonly End[] = [
  { on: "assessment-decision", by: "assessment", where: { outcome: "not-assess" } },
  { on: "plan-decision", by: "assessment", where: { outcome: "not-issue" } },
];

const APPEALABLE_DECISIONS: readonly Act[] = [
  on("assessment-decision", "disputes", { outcome: "not-assess" }),
  on("plan-decision", "disputes", { outcome: "not-issue" }),
  on("final-plan-issued", "disputes"),
  on("amended-plan-issued", "disputes"),
  on("reassessment-decision", "disputes", { outcome: "not-reassess" }),
  on("review-decision", "disputes", { outcome: "maintain" }),
  on("amendment-not-made", "disputes"),
  on("review-decision", "disputes", { outcome: "cease" }),
  on("cease-decision", "disputes"),
  on("decision-notice-sent", "disputes"),
];

/** A review completes (CFA s.44): the decision, the meeting, an amendment notice, the amended plan or a decision not to amend, by reading lastReviewed. */
const REVIEW_COMPLETED: readonly Act[] = [
  on("review-decision", "plan-state"),
  on("review-meeting-held", "plan-state"),
  on("amendment-notice-sent", "plan-state"),
  on("amended-plan-issued", "plan-state"),
  on("amendment-not-made", "plan-state"),
];
/** A plan starts its review periods: made, finalised after a reassessment, or transferred in. */
const PLAN_MADE: readonly Act[] = [on("final-plan-issued", "plan-state"), on("amended-plan-issued", "plan-state"), on("plan-transferred-in", "transfers")];

/** The acts that meet or make moot a Tribunal limit while it is pending (Regs 44, 45; Regs 42(2)). */
const MADE_PLAN = "the LA went on to make a plan";
const moot = (type: EventType, reason: string, where?: Act["where"]): End => ({ ...on(type, "pending", where), reason });
const NO_PLAN_NOTICE_ACTS = {
  meets: [on("plan-decision", "pending", { outcome: "not-issue" })],
  ends: [
    moot("plan-decision", "the LA decided to make a plan", { outcome: "issue" }),
    moot("draft-plan-issued", MADE_PLAN),
    moot("final-plan-issued", MADE_PLAN),
    moot("amended-plan-issued", MADE_PLAN),
  ],
};
const ASSESS_NOTICE_ACTS = {
  meets: [on("assessment-decision", "pending", { outcome: "assess" }), on("reassessment-decision", "pending", { outcome: "reassess" })],
  ends: [],
};
const ASSESS_FINAL_ACTS = {
  meets: [on("final-plan-issued", "pending"), on("amended-plan-issued", "pending")],
  ends: [moot("plan-decision", "the LA decided not to make a plan", { outcome: "not-issue" })],
};
const AMENDED_ACTS = { meets: [on("amended-plan-issued", "pending")], ends: [], ordersAmendment: true } as const;

const order = (kind: string, acts: Omit<Lifecycle, "opens">): Lifecycle => ({
  opens: [on("tribunal-order", "tribunal-outcomes", { order: kind }), on("mediation-agreement", "tribunal-outcomes", { order: kind })],
  ...acts,
});
const unopposed = (about: string, acts: Omit<Lifecycle, "opens">): Lifecycle => ({ opens: [on("appeal-unopposed", "tribunal-outcomes", { appealAbout: about })], ...acts });

// --- The table -------------------------------------------------------------------------------------

/** Every rule's lifecycle, by the rule's own id: a rule without a row does not compile into the table's checks. */
export const LIFECYCLES: Readonly<Record<string, Lifecycle>> = {
  // Graduated approach (graduated-approach.md).
  "support-review": { opens: [on("support-plan-agreed", "support")], meets: [on("support-reviewed", "support")], ends: [] },
  "support-parent-meetings": {
    opens: [on("support-plan-agreed", "support"), on("support-reviewed", "support")],
    meets: [on("support-reviewed", "support")],
    ends: [{ on: "support-reviewed", by: "support", where: { outcome: "exit" } }],
  },
  // EHC needs assessment (rules.md § 1).
  "assessment-decision": {
    opens: [on("assessment-requested", "assessment")],
    meets: [on("assessment-decision")],
    ends: [TRANSFERRED],
  },
  advice: {
    opens: [on("advice-requested", "assessment")],
    meets: [{ on: "advice-received", qualifier: "adviceId", orProblem: "advice-not-requested" }],
    ends: [TRANSFERRED],
  },
  "draft-plan": {
    opens: [on("assessment-requested", "assessment")],
    meets: [on("draft-plan-issued")],
    ends: [...NO_PLAN_COMING, TRANSFERRED],
  },
  "no-plan-notice": {
    opens: [on("assessment-requested", "assessment")],
    meets: [on("plan-decision", "assessment", { outcome: "not-issue" })],
    ends: [
      { on: "assessment-decision", by: "assessment", where: { outcome: "not-assess" } },
      { on: "plan-decision", by: "assessment", where: { outcome: "issue" } },
      { on: "draft-plan-issued", by: "assessment" },
      { on: "final-plan-issued", by: "assessment" },
      TRANSFERRED,
    ],
  },
  "draft-representations": { opens: [on("draft-plan-issued", "assessment")], meets: [], ends: [] },
  "institution-response": {
    opens: [on("institution-consulted", "assessment")],
    meets: [{ on: "institution-responded", qualifier: "institutionId", orProblem: "institution-not-consulted" }],
    ends: [TRANSFERRED],
  },
  "final-plan": {
    opens: [on("assessment-requested", "assessment")],
    meets: [on("final-plan-issued")],
    ends: [
      ...NO_PLAN_COMING,
      { on: "tribunal-order", by: "tribunal-outcomes", where: { order: "make-plan" } },
      { on: "mediation-agreement", by: "tribunal-outcomes", where: { order: "make-plan" } },
      { on: "appeal-unopposed", by: "tribunal-outcomes", where: { appealAbout: "refusal-to-issue" } },
      TRANSFERRED,
    ],
  },
  // Reviews and amendments (rules.md § 2).
  "annual-review": {
    opens: [...PLAN_MADE, ...REVIEW_COMPLETED],
    meets: REVIEW_COMPLETED,
    ends: [{ on: "plan-transferred-in", by: "transfers" }, REASSESSED, PLAN_CEASED],
  },
  "early-years-review": {
    opens: [...PLAN_MADE, ...REVIEW_COMPLETED],
    meets: REVIEW_COMPLETED,
    ends: [{ on: "plan-transferred-in", by: "transfers" }, REASSESSED, PLAN_CEASED],
  },
  "review-invitations": {
    opens: [on("review-meeting-scheduled", "reviews"), on("review-invitations-sent", "reviews"), on("review-meeting-held", "reviews")],
    meets: [on("review-invitations-sent", "reviews")],
    ends: [{ on: "review-meeting-scheduled", by: "reviews", reason: "the meeting was rearranged" }, PLAN_CEASED],
  },
  "review-advice-circulated": {
    opens: [on("review-meeting-scheduled", "reviews"), on("review-advice-circulated", "reviews"), on("review-meeting-held", "reviews")],
    meets: [on("review-advice-circulated", "reviews")],
    ends: [{ on: "review-meeting-scheduled", by: "reviews", reason: "the meeting was rearranged" }, PLAN_CEASED],
  },
  "review-report": {
    opens: [on("review-meeting-held", "reviews")],
    meets: [{ on: "review-report-sent", orProblem: "no-review-meeting" }],
    ends: [PLAN_CEASED],
  },
  "review-decision": {
    opens: [on("review-meeting-held", "reviews")],
    meets: [on("review-decision", "reviews"), on("amendment-notice-sent", "amendments")],
    ends: [PLAN_CEASED],
  },
  "amendment-representations": { opens: [on("amendment-notice-sent", "amendments")], meets: [], ends: [PLAN_CEASED] },
  "amended-plan": {
    opens: [on("amendment-notice-sent", "amendments")],
    meets: [on("amended-plan-issued", "amendments")],
    ends: [{ on: "amendment-not-made", by: "amendments" }, PLAN_CEASED],
  },
  "decision-not-to-amend": { opens: [on("amendment-not-made", "amendments")], meets: [on("amendment-not-made", "amendments")], ends: [PLAN_CEASED] },
  ...Object.fromEntries(
    ["phase-transfer-review-school", "phase-transfer-review-post16", "phase-transfer-review-between-post16"].map((id) => [
      id,
      {
        opens: [on("phase-transfer-expected", "phase-transfers"), on("review-meeting-held", "phase-transfers")],
        meets: [on("review-decision", "reviews", { outcome: "maintain" }), on("amended-plan-issued", "amendments")],
        ends: [PLAN_CEASED],
      },
    ]),
  ),
  // Direct payments (rules.md § 2).
  "direct-payments-review": {
    opens: [{ on: "direct-payments-started", label: "First direct payment made" }],
    meets: [{ on: "direct-payments-reviewed", orProblem: "no-duty-awaiting" }],
    ends: [PLAN_CEASED],
  },
  // Disclosure for higher education (rules.md § 2).
  "higher-education-disclosure": {
    opens: [{ on: "disclosure-requested", label: "The young person asked for the plan to be disclosed" }],
    meets: [{ on: "plan-disclosed", orProblem: "no-duty-awaiting" }],
    ends: [PLAN_CEASED],
  },
  // Reassessment (rules.md § 3).
  "reassessment-decision": { opens: [on("reassessment-requested", "reassessment")], meets: [on("reassessment-decision", "reassessment")], ends: [] },
  "reassessment-final-plan": {
    opens: [on("reassessment-decision", "reassessment", { outcome: "reassess" })],
    meets: [on("final-plan-issued", "reassessment"), on("amended-plan-issued", "reassessment")],
    ends: [{ on: "plan-decision", by: "assessment", where: { outcome: "not-issue" } }, PLAN_CEASED],
  },
  "reassessment-review": {
    opens: [on("final-plan-issued", "reassessment"), on("amended-plan-issued", "reassessment")],
    meets: REVIEW_COMPLETED,
    ends: [{ on: "plan-transferred-in", by: "transfers" }, REASSESSED, PLAN_CEASED],
  },
  // Transfers between local authorities (rules.md § 4).
  "plan-transfer": { opens: [on("plan-move-known", "transfers")], meets: [on("plan-transferred-in")], ends: [PLAN_CEASED] },
  // A change of commissioning body (Regs 15(7)-(8), 16(2)-(3)).
  ...Object.fromEntries(
    ["commissioning-body-notice-move", "commissioning-body-notice"].map((id) => [
      id,
      { opens: [on("commissioning-change-known", "transfers")], meets: [{ on: "commissioning-body-notified", orProblem: "no-duty-awaiting" }], ends: [PLAN_CEASED] },
    ]),
  ),
  "health-review-request-move": {
    opens: [{ on: "health-provision-impracticable", where: { after: "move" }, label: "The new commissioning body became aware of the change" }],
    meets: [{ on: "health-review-requested", orProblem: "no-duty-awaiting" }],
    ends: [PLAN_CEASED],
  },
  "health-review-request": {
    opens: [{ on: "health-provision-impracticable", where: { after: "other" }, label: "The new commissioning body became aware of the change" }],
    meets: [{ on: "health-review-requested", orProblem: "no-duty-awaiting" }],
    ends: [PLAN_CEASED],
  },
  "transfer-notice": {
    opens: [on("plan-transferred-in", "transfers")],
    meets: [{ on: "transfer-notice-sent", orProblem: "no-transfer" }],
    ends: [PLAN_CEASED],
  },
  "transfer-review": { opens: [on("plan-transferred-in", "transfers")], meets: REVIEW_COMPLETED, ends: [REASSESSED, PLAN_CEASED] },
  // Ceasing (rules.md § 5).
  "cease-not-before": {
    opens: [on("cease-decision", "ceasing"), on("review-decision", "ceasing", { outcome: "cease" })],
    meets: [],
    ends: [
      { on: "tribunal-order", by: "tribunal-outcomes", where: { order: "continue" } },
      { on: "tribunal-order", by: "tribunal-outcomes", where: { order: "continue-and-amend" } },
      { on: "mediation-agreement", by: "tribunal-outcomes", where: { order: "continue" } },
      { on: "mediation-agreement", by: "tribunal-outcomes", where: { order: "continue-and-amend" } },
      { on: "appeal-unopposed", by: "tribunal-outcomes", where: { appealAbout: "cease" } },
    ],
  },
  // Disagreement resolution (rules.md § 6).
  "mediation-contact": {
    opens: APPEALABLE_DECISIONS,
    meets: [on("mediation-adviser-contacted", "disputes"), on("decision-notice-sent", "disputes")],
    ends: [on("decision-notice-sent", "disputes"), on("appeal-lodged", "disputes")],
  },
  "mediation-certificate": {
    opens: [on("mediation-adviser-contacted", "disputes", { wantsMediation: false }), on("mediation-held", "disputes"), on("mediation-not-arranged", "disputes")],
    meets: [on("mediation-certificate-issued", "disputes")],
    ends: [],
  },
  "mediation-health-notice": {
    opens: [
      {
        on: "mediation-adviser-contacted",
        where: { wantsMediation: true, health: "included" },
        label: "The parent or young person wants mediation on issues that include health care (the engine takes this as the day the LA was told)",
      },
      {
        on: "mediation-adviser-contacted",
        where: { wantsMediation: true, health: "only" },
        label: "The parent or young person wants mediation on health care only (the engine takes this as the day the LA was told)",
      },
    ],
    meets: [{ on: "mediation-health-notified", orProblem: "no-duty-awaiting" }],
    ends: [],
  },
  "mediation-arranged": {
    opens: [on("mediation-adviser-contacted", "disputes", { wantsMediation: true })],
    meets: [on("mediation-held", "disputes")],
    ends: [],
  },
  "mediation-arranged-health": {
    opens: [{ on: "mediation-health-notified", where: { healthOnly: true }, label: "The LA told the commissioning body the mediation issues (Regs 35(2))" }],
    meets: [on("mediation-held", "disputes")],
    ends: [],
  },
  "mediation-date-notice": {
    opens: [on("mediation-date-notified", "disputes"), on("mediation-held", "disputes")],
    meets: [on("mediation-date-notified", "disputes")],
    ends: [],
  },
  appeal: { opens: APPEALABLE_DECISIONS, meets: [on("appeal-lodged", "disputes")], ends: [on("decision-notice-sent", "disputes")] },
  "mediation-agreement": {
    opens: [on("mediation-agreement", "tribunal-outcomes", { appealable: false })],
    meets: [{ on: "mediation-agreement-carried-out", orProblem: "no-mediation-agreement" }],
    ends: [],
  },
  "mediation-agreement-notice": {
    opens: [{ on: "mediation-agreement", where: { localAuthorityParty: false }, label: "Mediation agreement made without the LA" }],
    meets: [{ on: "mediation-agreement-notified", orProblem: "no-duty-awaiting" }],
    ends: [],
  },
  // After the Tribunal (rules.md § 7): orders (Regs 44) and agreements standing for them (Regs 42(2)).
  "order-assess-notice": order("assess", ASSESS_NOTICE_ACTS),
  "order-assess-no-plan": order("assess", NO_PLAN_NOTICE_ACTS),
  "order-assess-final-plan": order("assess", ASSESS_FINAL_ACTS),
  "order-draft-plan": order("make-plan", { meets: [on("draft-plan-issued", "pending")], ends: [] }),
  "order-final-plan": order("make-plan", { meets: [on("final-plan-issued", "pending")], ends: [] }),
  "order-reconsider": order("refer-back", {
    meets: [on("plan-decision", "pending", { outcome: "not-issue" }), on("draft-plan-issued", "pending")],
    ends: [],
    // Referred back, the LA sends a draft or a notice that it will not make a plan: a decision to make one is neither.
    notes: [{ ...on("plan-decision", "pending", { outcome: "issue" }), note: "The LA decided on reconsidering to make a plan; the draft plan is what meets this limit" }],
  }),
  "order-amend-content": order("amend-content", AMENDED_ACTS),
  "order-amend-placement": order("amend-placement", AMENDED_ACTS),
  "order-continue-and-amend": order("continue-and-amend", AMENDED_ACTS),
  "order-cease": order("cease", { meets: [on("plan-ceased", "pending")], ends: [] }),
  // Unopposed appeals (Regs 45).
  "unopposed-assess-notice": unopposed("assessment", ASSESS_NOTICE_ACTS),
  "unopposed-assess-no-plan": unopposed("assessment", NO_PLAN_NOTICE_ACTS),
  "unopposed-assess-final-plan": unopposed("assessment", ASSESS_FINAL_ACTS),
  "unopposed-amend-content": unopposed("content", AMENDED_ACTS),
  "unopposed-amend-placement": {
    ...AMENDED_ACTS,
    opens: [on("appeal-unopposed", "tribunal-outcomes", { appealAbout: "placement" }), on("appeal-unopposed", "tribunal-outcomes", { appealAbout: "content-and-placement" })],
  },
  "unopposed-draft-plan": unopposed("refusal-to-issue", { meets: [on("draft-plan-issued", "pending")], ends: [] }),
  "unopposed-final-plan": unopposed("refusal-to-issue", { meets: [on("final-plan-issued", "pending")], ends: [] }),
  "unopposed-cease-amend": unopposed("cease", AMENDED_ACTS),
  // Recommendations (SI 2017/1306).
  "recommendation-response": {
    opens: [on("tribunal-recommendation", "tribunal-outcomes", { area: "health" })],
    meets: [{ on: "recommendation-responded", orProblem: "no-recommendation" }],
    ends: [],
  },
  "recommendation-response-social-care": {
    opens: [on("tribunal-recommendation", "tribunal-outcomes", { area: "social-care" })],
    meets: [{ on: "recommendation-responded", orProblem: "no-recommendation" }],
    ends: [],
  },
  "recommendation-response-copy": {
    opens: [on("tribunal-recommendation", "tribunal-outcomes", { area: "health" })],
    meets: [{ on: "recommendation-response-copied", orProblem: "no-duty-awaiting" }],
    ends: [],
  },
  "recommendation-response-copy-social-care": {
    opens: [on("tribunal-recommendation", "tribunal-outcomes", { area: "social-care" })],
    meets: [{ on: "recommendation-response-copied", orProblem: "no-duty-awaiting" }],
    ends: [],
  },
};

/** The lifecycle of a rule. */
export function lifecycleOf(rule: Rule): Lifecycle {
  const found = LIFECYCLES[rule.id];
  // test/process/lifecycle.test.ts checks that every rule has a row.
  if (found === undefined) throw new Error(`No lifecycle for rule ${rule.id}`);
  return found;
}

/** Whether an event is the act: its type, and every field the act names with the value it names. */
export function isAct(act: Act | End, event: CaseEvent): boolean {
  if (act.on !== event.type) return false;
  const where = act.where;
  if (where === undefined) return true;
  const recorded = event.recorded as unknown as Readonly<Record<string, unknown>>;
  for (const field in where) if (recorded[field] !== where[field]) return false;
  return true;
}

// --- What the table applies itself ---------------------------------------------------------------

/** An open or a meet the table applies: the rule (a meet by public id: the rules of a group are met once, one act, one instance). */
export type TableAct = { readonly kind: "open"; readonly rule: Rule; readonly act: Open } | { readonly kind: "meet"; readonly ruleId: string; readonly act: Meet };

/** The opens, then the meets, the table applies, by event type, each in the order of the catalogue. */
const TABLE_ACTS: ReadonlyMap<EventType, readonly TableAct[]> = (() => {
  const byType = new Map<EventType, TableAct[]>();
  const add = (type: EventType, act: TableAct): void => {
    byType.set(type, [...(byType.get(type) ?? []), act]);
  };
  for (const rule of RULES) for (const act of lifecycleOf(rule).opens) if (act.by === undefined) add(act.on, { kind: "open", rule, act });
  for (const rule of RULES) {
    for (const act of lifecycleOf(rule).meets) {
      const ruleId = publicIdOf(rule);
      if (act.by === undefined && !(byType.get(act.on) ?? []).some((m) => m.kind === "meet" && m.ruleId === ruleId)) add(act.on, { kind: "meet", ruleId, act });
    }
  }
  return byType;
})();

/** The acts the table applies for events of one type, or `undefined` when it applies none (most types). */
export function tableActsOf(type: EventType): readonly TableAct[] | undefined {
  return TABLE_ACTS.get(type);
}

/**
 * Pushes onto `effects` the acts the table applies for an accepted event (`acts`, from
 * {@link tableActsOf}): an open runs from the event itself; a meet meets the open instance of each
 * rule it names (of the same qualifier), or reports the rule's problem when there is none.
 */
export function pushTableActs(effects: Effect[], event: CaseEvent, acts: readonly TableAct[]): void {
  const by = anchorOf(event);
  for (let i = 0; i < acts.length; i += 1) {
    const tableAct = acts[i] as TableAct;
    if (!isAct(tableAct.act, event)) continue;
    if (tableAct.kind === "open") {
      effects.push({ type: "open", rule: tableAct.rule, anchor: by, anchorLabel: tableAct.act.label ?? tableAct.rule.anchor });
      continue;
    }
    const { ruleId, act } = tableAct;
    const qualifier = act.qualifier === undefined ? undefined : (event.recorded as unknown as Readonly<Record<string, string>>)[act.qualifier];
    effects.push(satisfied(ruleId, by, qualifier, act.orProblem));
  }
}

/** A satisfy effect, written out for each set of fields it has (no object spread per act). */
function satisfied(ruleId: string, by: Anchor, qualifier: string | undefined, orProblem: ProblemCode | undefined): Effect {
  if (qualifier === undefined) return orProblem === undefined ? { type: "satisfy", ruleId, by } : { type: "satisfy", ruleId, by, orProblem };
  return orProblem === undefined ? { type: "satisfy", ruleId, by, qualifier } : { type: "satisfy", ruleId, by, qualifier, orProblem };
}

const OCCASIONS: readonly string[] = ["plan-ceased", "reassessment-finished", "first-assessment-ended-by-transfer"] satisfies readonly Occasion[];
function isOccasion(on: string): on is Occasion {
  return OCCASIONS.includes(on);
}

/** The public ids of the rules that end at each occasion, with why, in the order of the catalogue. */
const ENDS_ON: ReadonlyMap<Occasion, readonly { readonly ruleId: string; readonly reason: string }[]> = (() => {
  const byOccasion = new Map<Occasion, { ruleId: string; reason: string }[]>();
  for (const rule of RULES) {
    for (const end of lifecycleOf(rule).ends) {
      if (end.by !== undefined || end.reason === undefined || !isOccasion(end.on)) continue;
      const list = byOccasion.get(end.on) ?? [];
      const ruleId = publicIdOf(rule);
      if (!list.some((e) => e.ruleId === ruleId)) list.push({ ruleId, reason: end.reason });
      byOccasion.set(end.on, list);
    }
  }
  return byOccasion;
})();

/**
 * What an occasion ends, pushed onto `effects`: every open instance of each rule that ends at
 * it, from `by`'s day on (a duty already due before then keeps its status).
 */
export function endsOn(occasion: Occasion, by: Anchor, effects: Effect[]): void {
  for (const { ruleId, reason } of ENDS_ON.get(occasion) ?? []) {
    effects.push({ type: "not-applicable", ruleId, reason, all: true, fromDay: by.day, by });
  }
}

/** What an accepted event does to a Tribunal limit while it is pending: meets it, makes it moot, or is noted in its working. */
export type PendingProgress = { readonly kind: "done" } | { readonly kind: "moot"; readonly reason: string } | { readonly kind: "noted"; readonly note: string } | null;

const PENDING_LIFECYCLES: ReadonlyMap<string, Lifecycle> = new Map(RULES.map((rule) => [publicIdOf(rule), lifecycleOf(rule)]));

/** What `event` does to the pending limit `ruleId` (a public id), as its lifecycle declares. */
export function pendingProgress(ruleId: string, event: CaseEvent): PendingProgress {
  const lifecycle = PENDING_LIFECYCLES.get(ruleId);
  if (lifecycle === undefined) return null;
  for (const act of lifecycle.meets) if (act.by === "pending" && isAct(act, event)) return { kind: "done" };
  for (const end of lifecycle.ends) {
    if (end.by === "pending" && end.reason !== undefined && isAct(end, event)) return { kind: "moot", reason: `${end.reason} (event ${event.eventId})` };
  }
  for (const note of lifecycle.notes ?? []) if (note.by === "pending" && isAct(note, event)) return { kind: "noted", note: note.note };
  return null;
}

/** Whether an amended plan issued while this pending limit is open follows the order's own limit, not the Regs 22 notice. */
export function ordersAmendment(ruleId: string): boolean {
  return PENDING_LIFECYCLES.get(ruleId)?.ordersAmendment === true;
}

/** The rules an order (or an agreement standing for one) or an unopposed appeal opens, in the order of the catalogue. */
export function rulesOpenedBy(type: "tribunal-order" | "mediation-agreement" | "appeal-unopposed", field: "order" | "appealAbout", value: string): readonly Rule[] {
  return RULES.filter((rule) => lifecycleOf(rule).opens.some((act) => act.on === type && act.where?.[field] === value));
}
