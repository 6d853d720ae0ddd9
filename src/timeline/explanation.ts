/**
 * A deadline's working in plain English, one step a line, written from its {@link Derivation}:
 * a reviewer can check each step by hand (architecture: explain every date).
 *
 * @module
 */
import { describeDate } from "../dates/civil-date";
import { rangeLength } from "../dates/closures";
import { nonWorkingLastDayNote, skippedNote } from "../dates/describe";
import { type TribunalMoves, tribunalNotes } from "../dates/tribunal-days";
import { GROUNDS } from "../law/exception-grounds";
import type { DeadlineContext } from "./deadline-context";
import type { CandidateEnd, Derivation } from "./derivation";
import type { NotedClaim } from "./exception-judgement";
import type { Instance } from "./registry";
import { anchorLine } from "./shared-lines";

/** The working of one deadline. */
export function explanation(d: Derivation, instance: Instance, context: DeadlineContext): string[] {
  const { rule, anchor: recorded } = instance;
  const { counting, readings, shared } = context;
  const lines = [shared.anchor(instance.anchorLabel, recorded)];
  if (d.anchorReading === "receipt" && d.anchor !== recorded.day) {
    lines.push(
      `Reading receipt: after-5pm-next-working-day: received after 5pm or on a non-working day, so it counts from ${describeDate(d.anchor)}.` +
        skippedNote(recorded.day, d.anchor - 1, counting),
    );
  } else if (d.anchorReading === "service") {
    lines.push(
      `Reading service: first-class-post: sent by first-class post, so served on the second working day after posting, ${describeDate(d.anchor)}.` +
        skippedNote(recorded.day + 1, d.anchor - 1, counting),
    );
  }
  if (instance.form !== undefined && rule.readings?.includes("draftPlanTargetWeeks") === true) {
    lines.push(`Local target (policy value draftPlanTargetWeeks = ${readings.draftPlanTargetWeeks}); not a legal time limit.`);
  }

  lines.push(shared.countingFrom(d.form, d.anchor, d.counted));
  pushTribunal(lines, d.tribunal);
  // Indexed loops: these lists are often the shared frozen empty one, and for-of over two kinds
  // of list makes an iterator each time (docs/performance.md: frozen empties).
  for (let i = 0; i < d.laterOf.length; i += 1) {
    const { candidate, counted, tribunal } = d.laterOf[i] as CandidateEnd;
    lines.push(shared.anchor(candidate.anchorLabel, candidate.anchor));
    if (candidate.awaited !== undefined) {
      lines.push(candidate.awaited);
      continue;
    }
    lines.push(shared.countingFrom(candidate.form, candidate.anchor.day, counted));
    pushTribunal(lines, tribunal);
  }
  if (d.laterOf.length > 0) lines.push(`The later of these ends applies: ${d.latest === null ? "no last day is known yet" : describeDate(d.latest)}.`);
  if (d.earliestShift) lines.push(`The earliest lawful day is the day after that: ${describeDate(d.dueByLaw as number)}.`);

  // Duties under the Regulations do not move off a non-working day; the Tribunal's limits did above.
  if (d.dueByLaw !== null && !rule.tribunalDays && rule.kind === "limit") {
    const note = nonWorkingLastDayNote(d.dueByLaw, counting);
    if (note !== null) lines.push(note);
  }
  for (let i = 0; i < d.exceptions.noted.length; i += 1) lines.push(claimLine(d.exceptions.noted[i] as NotedClaim, d.metAnyway));
  if (d.indicative !== null) {
    lines.push(
      d.pause
        ? `Reading exceptions: pause: the due date moves on by the ${d.daysCovered} exception days within the period: ${describeDate(d.indicative)} (not a statutory date).`
        : `Indicative date, not statutory: the due date plus the ${d.daysCovered} exception days within the period: ${describeDate(d.indicative)}.`,
    );
    if (!d.pause) lines.push(TIMING_WORDS[readings.exceptionTiming]);
  }
  const by = instance.notApplicableBy;
  if (d.notApplicable !== undefined) lines.push(`Not applicable: ${d.notApplicable}${by === undefined ? "" : ` (event ${by.eventId})`}.`);
  else if (instance.notApplicable !== undefined) lines.push(`Due before ${instance.notApplicable}, so it still stands.`);
  for (let i = 0; i < instance.notes.length; i += 1) {
    const note = instance.notes[i] as Instance["notes"][number];
    lines.push(anchorLine(note.label, note.by));
  }
  if (instance.done !== undefined) lines.push(`Done on ${describeDate(instance.done.day)} (event ${instance.done.eventId}).`);
  lines.push(shared.status(d.status));
  return lines;
}

/** What reading exceptionTiming does to a limit an exception fits, as the working says it. */
const TIMING_WORDS: Readonly<Record<DeadlineContext["readings"]["exceptionTiming"], string>> = {
  "after-due":
    "Reading exceptionTiming: after-due: the limit is excused only if it is impractical to meet it, so it stays pending until its due date passes, then is disapplied.",
  "at-once": "Reading exceptionTiming: at-once: the limit is disapplied from the day the exception is recorded.",
};

function pushTribunal(lines: string[], moves: TribunalMoves | null): void {
  if (moves !== null) for (const note of tribunalNotes(moves)) lines.push(note);
}

/** What the working says of an exception claim: how it fits the limit, or that it changes nothing. */
function claimLine({ claim, outcome }: NotedClaim, metAnyway: boolean): string {
  const { eventId } = claim.event;
  const { ground } = claim.event.recorded;
  if (outcome.kind === "rejected") return `Exception recorded (event ${eventId}, ${ground}) does not fit this limit; the limit was met, so it changes nothing.`;
  return (
    `Exception recorded (event ${eventId}): ${ground}, ${GROUNDS[ground].meaning}; ` +
    `${describeDate(claim.days.first)} to ${claim.openEnded ? "the as-of date (no end recorded)" : describeDate(claim.days.last)} ` +
    `(${outcome.provision.citation}); ${rangeLength(outcome.covered)} of its days fall within the period` +
    `${metAnyway ? "; the limit was met, so it changes nothing" : ""}.`
  );
}
