/**
 * The shape of a rule: a duty with its legal source, as data (no arithmetic).
 *
 * @module
 */
import type { CountingForm } from "../dates/counting";
import type { ExceptionGround } from "./ground-ids";

/** How binding a rule is (rules.md): a legal duty, statutory guidance, or local practice. */
export type Strength = "statutory" | "guidance" | "practice";

/** Readings a rule may use of its own accord (docs/semantics.md): its local target, or the clock of an order. */
export type RuleReading = "draftPlanTargetWeeks" | "orderClock";

/** Who must act. */
export type Owner =
  | "local-authority"
  | "advice-giver"
  | "institution"
  | "parent-or-young-person"
  | "mediation-adviser"
  | "commissioning-body"
  | "review-arranger"
  | "old-local-authority"
  | "new-local-authority"
  | "school";

/**
 * `limit`: an act due by a date (met, late, overdue…). `window`: a period the LA must allow
 * before acting (open, then closed). `earliest`: the first day an act is lawful.
 */
export type RuleKind = "limit" | "window" | "earliest";

/** A ground on which a limit need not be met, as it applies to one rule. */
export interface ExceptionProvision {
  readonly ground: ExceptionGround;
  /** The provision that creates the ground for this rule ("Regs 13(3)(a)"). */
  readonly citation: string;
  /** For absence grounds: the shortest continuous absence, in days, that counts. */
  readonly minimumDays?: number;
}

/** One timescale of the SEND system (rules.md). */
export interface Rule {
  /** The rule's own id, unique in the catalogue; never renamed. */
  readonly id: string;
  /**
   * The public id its deadlines carry (`rule`, and the start of `key`) when several rules are one
   * duty told apart by a fact of the case: the three phase-transfer reviews (Regs 18) by the kind
   * of transfer, the two responses to a Tribunal recommendation by who owes them. A group's rules
   * share keys, and an act that meets one meets the group's open instance. None: the id itself.
   */
  readonly group?: string | undefined;
  /** Readings and policy values the rule always uses, beyond those its counting form implies. */
  readonly readings?: readonly RuleReading[] | undefined;
  /** A short title for calendars and reports ("Final EHC plan sent"). */
  readonly title: string;
  /** What must happen, in plain English. */
  readonly duty: string;
  readonly owner: Owner;
  readonly strength: Strength;
  readonly kind: RuleKind;
  /** The counting form the law uses; some are adjusted by readings. */
  readonly counting: CountingForm;
  /** What the period runs from, in words ("the day the LA received the request"). */
  readonly anchor: string;
  /** The legal source, written out ("SEND Regulations 2014, reg 13(2)"). */
  readonly citation: string;
  /** The grounds on which the limit need not be met; empty when there are none. */
  readonly exceptions: readonly ExceptionProvision[];
  /** When the rule came into force, and when it stopped applying (ISO dates). */
  readonly inForce: { readonly from: string; readonly to?: string };
  /** Whether the citation was checked against the text of the provision. */
  readonly verified: boolean;
  /** Tribunal limits move off non-working days and holiday periods (HESC Rules r.12). */
  readonly tribunalDays?: boolean | undefined;
}
