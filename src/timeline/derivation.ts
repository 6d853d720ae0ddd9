/**
 * How a rule instance's due date follows from the case, as data and without any text: the
 * anchor day under the readings, the period's end, each further period's end, the Tribunal's
 * day rules, the earliest-day shift, the exceptions, and the status. `explanation.ts` writes the
 * working from this record; a timeline without working never makes a line.
 *
 * @module
 */
import type { DayNumber } from "../dates/civil-date";
import { type CountingForm, countFrom } from "../dates/counting";
import { daysInUnion } from "../dates/closures";
import { receivedDay, servedByFirstClassPost } from "../dates/receipt-and-service";
import { type TribunalMoves, tribunalMoves } from "../dates/tribunal-days";
import type { AnchorAdjustment, LaterOfCandidate } from "../process/effects";
import { NONE } from "../internal/speed";
import type { DeadlineContext } from "./deadline-context";
import { type ExceptionJudgement, NO_JUDGEMENT, judgeClaims } from "./exception-judgement";
import type { Instance } from "./registry";
import { statusOf } from "./status";
import type { DeadlineStatus } from "./types";

/** A further period that runs at the same time (the later end applies), counted from its own anchor. */
export interface CandidateEnd {
  readonly candidate: LaterOfCandidate;
  /** Its end as counted; `null` when its form sets no date. */
  readonly counted: DayNumber | null;
  /** The Tribunal's day rules applied to it, for the Tribunal's own limits. */
  readonly tribunal: TribunalMoves | null;
}

/** Everything a deadline's date and status were derived from, step by step. */
export interface Derivation {
  /** The form counted: the rule's own, or a policy value's. */
  readonly form: CountingForm;
  /** The anchor day once the readings have moved it. */
  readonly anchor: DayNumber;
  /** The reading that applied to the anchor day (`receipt` or `service`), or `null`. */
  readonly anchorReading: AnchorAdjustment | null;
  /** The period's end as counted from {@link anchor}; `null` when its form sets no date. */
  readonly counted: DayNumber | null;
  /** The Tribunal's day rules (HESC Rules r.12) applied to that end, for the Tribunal's own limits. */
  readonly tribunal: TribunalMoves | null;
  /** Each further period, in the order added. */
  readonly laterOf: readonly CandidateEnd[];
  /** The latest of all the ends. */
  readonly latest: DayNumber | null;
  /** Whether the due date is the day after {@link latest}: an earliest lawful day. */
  readonly earliestShift: boolean;
  /** The due date the law gives, before any exception. */
  readonly dueByLaw: DayNumber | null;
  /** Why the duty no longer applies; `undefined` when it applies (or was due before it stopped). */
  readonly notApplicable: string | undefined;
  /** Whether the act was done on or before {@link dueByLaw}. */
  readonly metAnyway: boolean;
  readonly exceptions: ExceptionJudgement;
  /** Calendar days the exceptions that apply cover within the period. */
  readonly daysCovered: number;
  /** The due date moved on by {@link daysCovered}, when an exception changes a limit not met on time. */
  readonly indicative: DayNumber | null;
  /** Whether the `pause` reading made {@link indicative} the due date. */
  readonly pause: boolean;
  /** The due date given. */
  readonly due: DayNumber | null;
  readonly status: DeadlineStatus;
}

/** The reading that moves an instance's anchor day under the case's readings, or `null`. */
function anchorReadingOf(instance: Instance, context: DeadlineContext): AnchorAdjustment | null {
  const { adjust } = instance;
  if (adjust === "receipt" && context.readings.receipt === "after-5pm-next-working-day") return adjust;
  if (adjust === "service" && context.readings.service === "first-class-post") return adjust;
  return null;
}

/** Derives a deadline's date and status from a rule instance, into `into` (the case's one record), and returns it. */
export function derive(instance: Instance, context: DeadlineContext, into: DerivationRecord): Derivation {
  const { rule, anchor: recorded } = instance;
  const { counting } = context;
  const form = instance.form ?? rule.counting;
  const anchorReading = anchorReadingOf(instance, context);
  const anchor =
    anchorReading === "receipt"
      ? receivedDay(recorded.day, recorded.secondOfDay, counting.calendar)
      : anchorReading === "service"
        ? servedByFirstClassPost(recorded.day, counting.calendar)
        : recorded.day;

  // The Tribunal's rules move each period from its own anchor before the latest is taken:
  // before 21 July 2020 they did not count some days of each period, so the later count need
  // not give the later last day.
  const tribunalDays = rule.tribunalDays === true;
  const counted = countFrom(form, anchor, counting);
  const tribunal = tribunalDays && counted !== null ? tribunalMoves(anchor, counted, counting.calendar) : null;
  let latest = tribunal === null ? counted : tribunal.day;
  const candidates = instance.laterOf;
  // Most instances have no further period: they share the frozen empty list, and the loop is
  // by index, as for-of over two kinds of list makes an iterator each time (docs/performance.md:
  // frozen empties).
  let laterOf: readonly CandidateEnd[] = NONE;
  // A period awaiting an act that has not happened yet leaves the deadline with no last day.
  let awaiting = false;
  if (candidates.length > 0) {
    const ends: CandidateEnd[] = [];
    for (let i = 0; i < candidates.length; i += 1) {
      const candidate = candidates[i] as LaterOfCandidate;
      if (candidate.awaited !== undefined) {
        awaiting = true;
        ends.push({ candidate, counted: null, tribunal: null });
        continue;
      }
      const other = countFrom(candidate.form, candidate.anchor.day, counting);
      const moved = tribunalDays && other !== null ? tribunalMoves(candidate.anchor.day, other, counting.calendar) : null;
      const end = moved === null ? other : moved.day;
      if (end !== null && (latest === null || end > latest)) latest = end;
      ends.push({ candidate, counted: other, tribunal: moved });
    }
    laterOf = ends;
  }
  if (awaiting) latest = null;
  const earliestShift = rule.kind === "earliest" && latest !== null;
  const dueByLaw = earliestShift ? (latest as DayNumber) + 1 : latest;

  // A duty already due before the day it stopped applying keeps its status (a review missed before a plan ceased).
  const notApplicable =
    instance.notApplicable !== undefined && (instance.notApplicableFrom === undefined || dueByLaw === null || dueByLaw >= instance.notApplicableFrom)
      ? instance.notApplicable
      : undefined;

  const done = instance.done?.day;
  const metAnyway = done !== undefined && dueByLaw !== null && done <= dueByLaw;
  const exceptions =
    dueByLaw !== null && context.claims.length > 0 && notApplicable === undefined
      ? judgeClaims(instance, { first: anchor + 1, last: dueByLaw }, metAnyway, context.claims, context.facts, context.readings.absenceWithin)
      : NO_JUDGEMENT;

  // An exception that fits is always shown; it changes the date or status only of a limit not met on time.
  const applies = exceptions.covered.length > 0;
  const changesLimit = applies && !metAnyway;
  const daysCovered = applies ? daysInUnion(exceptions.covered) : 0;
  const indicative = changesLimit && dueByLaw !== null ? dueByLaw + daysCovered : null;
  const pause = changesLimit && context.readings.exceptions === "pause";
  const due = pause ? indicative : dueByLaw;
  // Reading exceptionTiming: by default a limit is excused only once it could not be met ("if it is
  // impractical", Regs 5(4) and the like), so it stays pending, with its indicative date, until its due date passes.
  const disapplied = changesLimit && !pause && (context.readings.exceptionTiming === "at-once" || dueByLaw === null || context.asOf > dueByLaw);
  const status = statusOf(instance, notApplicable, due, disapplied, context.asOf);
  into.form = form;
  into.anchor = anchor;
  into.anchorReading = anchorReading;
  into.counted = counted;
  into.tribunal = tribunal;
  into.laterOf = laterOf;
  into.latest = latest;
  into.earliestShift = earliestShift;
  into.dueByLaw = dueByLaw;
  into.notApplicable = notApplicable;
  into.metAnyway = metAnyway;
  into.exceptions = exceptions;
  into.daysCovered = daysCovered;
  into.indicative = indicative;
  into.pause = pause;
  into.due = due;
  into.status = status;
  return into;
}

/** A derivation's fields, written in place: one record a case, filled for each deadline in turn. */
export type DerivationRecord = { -readonly [K in keyof Derivation]: Derivation[K] };

/**
 * The record a case's deadlines are derived into, one after another: each deadline reads its
 * derivation (and writes its working from it) before the next is derived, so one record serves
 * them all and none is made a deadline (docs/performance.md: one derivation record a case).
 */
export function derivationRecord(): DerivationRecord {
  return {
    form: { kind: "as-soon-as-practicable" },
    anchor: 0,
    anchorReading: null,
    counted: null,
    tribunal: null,
    laterOf: NONE,
    latest: null,
    earliestShift: false,
    dueByLaw: null,
    notApplicable: undefined,
    metAnyway: false,
    exceptions: NO_JUDGEMENT,
    daysCovered: 0,
    indicative: null,
    pause: false,
    due: null,
    status: "pending",
  };
}

/** Whether an exception changed the limit (it fits, and the limit was not met on time). */
export const exceptionChangesLimit = (d: Derivation): boolean => d.exceptions.covered.length > 0 && !d.metAnyway;
