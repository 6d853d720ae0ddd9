/**
 * One occurrence of a rule in a case, as the registry keeps it.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import type { CountingForm } from "../dates/counting";
import type { AnchorAdjustment, LaterOfCandidate } from "../process/effects";
import type { Anchor } from "../process/states";
import type { Rule } from "../law/types";

/**
 * One occurrence of a rule in a case. Every field is there from the start, `undefined` until
 * known: one shape for every instance, and no storage to grow when a field is set. What the
 * transition opened it with is copied in: those effects come in many shapes, and the deadline's
 * reads of one shape stay fast (docs/performance.md: one shape a rule instance).
 */
export interface Instance {
  readonly rule: Rule;
  /** The rule's place in the catalogue (`RULES`), for tables indexed by rule. */
  readonly ruleIndex: number;
  /** Its name within its rule (`EP1` for `advice:EP1`), as opened. */
  readonly qualifier: string | undefined;
  /** What its period runs from, and how readings may move that day. */
  readonly anchor: Anchor;
  readonly anchorLabel: string;
  readonly adjust: AnchorAdjustment | undefined;
  /** A policy value that replaces the rule's own form (draftPlanTargetWeeks). */
  readonly form: CountingForm | undefined;
  readonly adviceId: string | undefined;
  /** Acts before this day do not satisfy it. */
  readonly notBefore: DayNumber | undefined;
  readonly key: string;
  done: Anchor | undefined;
  notApplicable: string | undefined;
  /** The day from which `notApplicable` holds; a duty due before it keeps its status. */
  notApplicableFrom: number | undefined;
  /** The event that made it not applicable. */
  notApplicableBy: Anchor | undefined;
  exceptionsBarredBecause: string | undefined;
  /** Periods added after opening; the deadline is the latest end of all. */
  laterOf: readonly LaterOfCandidate[];
  /** The due date once computed, for the checks that compare acts with it. */
  dueDay: number | null | undefined;
  /** Facts noted on the instance, for its working. */
  notes: readonly { readonly label: string; readonly by: Anchor }[];
  /** The instance of the same public id opened before this one: each group's instances form a chain. */
  readonly previousOfRule: Instance | undefined;
  /** How many instances its chain holds, this one included. */
  readonly chainLength: number;
}
