/**
 * The timeline: what the engine returns for one case (case-file.md § Timeline).
 *
 * @module
 */
import type * as z from "zod";
import type { Owner, Strength } from "../law/types";
import type { DeadlineKey, RuleId } from "../law/rule-ids";
import type { compactTimelineSchema, deadlineSchema, timelineSchema } from "../schema/timeline";
import type { Stage } from "../vocabulary/stages";
import type { Problem } from "./problems";
import type { SupportSummary } from "./support-summary";

/**
 * Where a deadline stands at the as-of date. Limits: `pending`, `overdue`, `met`, `late`,
 * `disapplied`, `not-applicable`. Windows: `open`, `closed`.
 */
export type DeadlineStatus = "pending" | "overdue" | "met" | "late" | "disapplied" | "not-applicable" | "open" | "closed";

/** The exceptions that changed a deadline. */
export interface AppliedExceptions {
  /** `disapply` or `pause` (counting.md § Readings). */
  readonly reading: "disapply" | "pause";
  readonly grounds: readonly string[];
  /** The `exception-recorded` events, by id. */
  readonly events: readonly string[];
  /** Calendar days covered by the exceptions after the anchor and up to the due date, each counted once. */
  readonly daysCovered: number;
  /** The provisions that create the grounds. */
  readonly citations: readonly string[];
}

/** One deadline of a case. */
export interface Deadline {
  /** The rule's id (rules.md). */
  readonly rule: RuleId;
  /** Unique within the timeline: the rule id, or `rule:qualifier` when the rule repeats. */
  readonly key: DeadlineKey;
  readonly title: string;
  /** The last day on which the act is in time (`YYYY-MM-DD`); `null` when the law sets no date. */
  readonly due: string | null;
  readonly status: DeadlineStatus;
  /** When the act was done, if it was. */
  readonly doneOn: string | null;
  /** The event that did it. */
  readonly doneBy: string | null;
  readonly strength: Strength;
  readonly owner: Owner;
  readonly citation: string;
  /** Whether the citation was checked against the provision's text. */
  readonly verified: boolean;
  /** The event the period runs from (for windows before an event: the event it precedes). */
  readonly anchor: { readonly event: string; readonly eventId: string; readonly date: string };
  /** The counting form used, as in rules.md (`weeks-after(20)`). */
  readonly counting: string;
  /** The readings and policy values that produced the date. */
  readonly reading: Readonly<Record<string, string | number>>;
  readonly exception: AppliedExceptions | null;
  /** Under `disapply`, the due date moved on by the exception days: information, not law. */
  readonly indicativeDue: string | null;
  /** The working, step by step, in plain English. */
  readonly explanation: readonly string[];
}

/** The fields of a deadline that are the same on every deadline of its rule. */
export type RuleFactFields = "title" | "strength" | "owner" | "citation" | "verified";

/** A deadline of the compact form: its rule's facts named by id (`ehc-timeline rules`) instead of carried. */
export type CompactDeadline = Omit<Deadline, RuleFactFields> & { readonly facts: string };

/** The timeline of one case. */
export interface Timeline {
  readonly caseId: string;
  readonly asOf: string;
  /** The state machine's current state. */
  readonly stage: Stage;
  /** An open dispute, if any. */
  readonly dispute: "mediation" | "appeal" | "order" | null;
  readonly deadlines: readonly Deadline[];
  readonly problems: readonly Problem[];
  /** SEN support cycles and readiness, when the case has SEN support events. */
  readonly support: SupportSummary | null;
}

// Compile-time checks that the published schema (schema/timeline.ts, a layer below) still fits
// these types: the same statuses, and every Timeline valid under it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statusesMatch: Same<z.output<typeof deadlineSchema>["status"], DeadlineStatus> = true;
void statusesMatch;
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
const timelineFits: Timeline extends DeepReadonly<z.input<typeof timelineSchema>> ? true : false = true;
void timelineFits;

/** The timeline of one case in the compact form (`batch --compact`). */
export type CompactTimeline = Omit<Timeline, "deadlines"> & { readonly deadlines: readonly CompactDeadline[] };

const compactFits: CompactTimeline extends DeepReadonly<z.input<typeof compactTimelineSchema>> ? true : false = true;
void compactFits;
