/**
 * Turns one rule instance into a deadline: its anchor day under the readings, its due date,
 * the exceptions that meet it, its status and its working.
 *
 * @module
 */
import { type DayNumber, asOnePiece, civilDate, describeDate, formatCivilDate } from "../dates/civil-date";
import { type CountingContext, type CountingForm, countFrom, effectiveForm, formatCountingForm } from "../dates/counting";
import { type DayRange, daysInUnion, rangeLength } from "../dates/closures";
import { describeCounting, nonWorkingLastDayNote, skippedNote } from "../dates/describe";
import { receivedDay, servedByFirstClassPost } from "../dates/receipt-and-service";
import { tribunalLastDayWith } from "../dates/tribunal-days";
import { outsideBankHolidayTable } from "../dates/working-days";
import type { Readings } from "../law/readings";
import { RULES, publicIdOf } from "../law/catalogue";
import type { Rule } from "../law/types";
import { GROUNDS } from "../law/exception-grounds";
import { type ExceptionClaim, type ExceptionFacts, checkClaim } from "./exceptions";
import { type Problem, problem } from "./problems";
import type { Instance } from "./registry";
import type { LaterOfCandidate } from "../process/effects";
import type { AppliedExceptions, Deadline, DeadlineStatus } from "./types";

/** Everything a deadline is computed with. */
export interface DeadlineContext {
  readonly asOf: DayNumber;
  readonly readings: Readings;
  /** The readings objects of the case's deadlines, by mask: see {@link readingsTableOf}. */
  readonly readingsTable: ReadingsTable;
  readonly counting: CountingContext;
  readonly claims: readonly ExceptionClaim[];
  readonly facts: ExceptionFacts;
  readonly explain: boolean;
}

/** Forms whose count the dayCounting reading changes. A comparison, not a set: every deadline asks. */
const affectedByDayCounting = (kind: CountingForm["kind"]): boolean =>
  kind === "weeks-after" || kind === "days-after" || kind === "months-after" || kind === "working-days-after";
const countsWorkingDays = (kind: CountingForm["kind"]): boolean => kind === "working-days-after" || kind === "working-days-beginning-with";

/** The anchor day once the `receipt` or `service` reading has been applied. */
function anchorDay(instance: Instance, context: DeadlineContext): DayNumber {
  const { anchor, adjust } = instance;
  const { readings, counting } = context;
  if (adjust === "receipt" && readings.receipt === "after-5pm-next-working-day") return receivedDay(anchor.day, anchor.secondOfDay, counting.calendar);
  if (adjust === "service" && readings.service === "first-class-post") return servedByFirstClassPost(anchor.day, counting.calendar);
  return anchor.day;
}

/** The working of {@link anchorDay}, for the explanation only: `null` when the day was not moved. */
function anchorNote(instance: Instance, day: DayNumber, context: DeadlineContext): string | null {
  const { anchor, adjust } = instance;
  const { readings, counting } = context;
  if (adjust === "receipt" && readings.receipt === "after-5pm-next-working-day") {
    return day === anchor.day
      ? null
      : `Reading receipt: after-5pm-next-working-day: received after 5pm or on a non-working day, so it counts from ${describeDate(day)}.` +
          skippedNote(anchor.day, day - 1, counting);
  }
  if (adjust === "service" && readings.service === "first-class-post") {
    return (
      `Reading service: first-class-post: sent by first-class post, so served on the second working day after posting, ${describeDate(day)}.` +
      skippedNote(anchor.day + 1, day - 1, counting)
    );
  }
  return null;
}

/** The readings that produced the date, for the output: which ones, as bits of a mask. */
const USES = { dayCounting: 1, reviewPeriod: 2, phaseTransferDeadline: 4, receipt: 8, service: 16, draftPlanTargetWeeks: 32, orderClock: 64, exceptions: 128 } as const;

function readingsUsed(
  instance: Instance,
  facts: RuleFacts,
  form: CountingForm,
  context: DeadlineContext,
  exception: boolean,
): Readonly<Record<string, string | number>> {
  const { adjust } = instance;
  let mask = facts.readingsMask;
  if (affectedByDayCounting(form.kind)) mask |= USES.dayCounting;
  if (form.kind === "months-beginning-with") mask |= USES.reviewPeriod;
  if (form.kind === "before") mask |= USES.phaseTransferDeadline;
  if (adjust !== undefined) mask |= USES[adjust];
  if (exception) mask |= USES.exceptions;
  return usedReadings(context.readings, context.readingsTable, mask);
}

/** Frozen readings objects by mask (bits of {@link USES}), filled as deadlines need them. */
export type ReadingsTable = (Readonly<Record<string, string | number>> | undefined)[];

const readingsTables = new WeakMap<Readings, ReadingsTable>();

/** The table of used readings for a case's readings, looked up once a case ({@link DeadlineContext.readingsTable}). */
export function readingsTableOf(readings: Readings): ReadingsTable {
  let table = readingsTables.get(readings);
  if (table === undefined) readingsTables.set(readings, (table = []));
  return table;
}

/**
 * The readings named by a mask, in a fixed order; one frozen object per case readings and mask,
 * shared by every deadline that used the same ones (about ten a case; see bench/).
 */
function usedReadings(readings: Readings, byMask: ReadingsTable, mask: number): Readonly<Record<string, string | number>> {
  let used = byMask[mask];
  if (used === undefined) {
    const chosen: Record<string, string | number> = {};
    for (const [name, bit] of Object.entries(USES)) if ((mask & bit) !== 0) chosen[name] = readings[name as keyof typeof USES];
    byMask[mask] = used = Object.freeze(chosen);
  }
  return used;
}

function statusOf(
  instance: Instance,
  notApplicable: string | undefined,
  due: DayNumber | null,
  disapplied: boolean,
  asOf: DayNumber,
): DeadlineStatus {
  if (notApplicable !== undefined && instance.rule.kind !== "limit") return "not-applicable";
  if (instance.rule.kind === "window") return due !== null && asOf > due ? "closed" : "open";
  // An earliest day protects the family until it arrives: open before it, closed from it.
  if (instance.rule.kind === "earliest") return due === null || asOf < due ? "open" : "closed";
  if (notApplicable !== undefined) return "not-applicable";
  const done = instance.done?.day;
  if (done !== undefined && (due === null || done <= due)) return "met";
  if (disapplied) return "disapplied";
  if (done !== undefined) return "late";
  // The parent's own time limits (to appeal, to contact a mediation adviser) are rights, not
  // duties: one not used has not been breached, its window has simply closed.
  if (instance.rule.owner === "parent-or-young-person") return due !== null && asOf > due ? "closed" : "open";
  return due !== null && asOf > due ? "overdue" : "pending";
}

const STATUS_WORDS: Record<DeadlineStatus, string> = {
  pending: "pending: not done, and the last day has not passed",
  overdue: "overdue: not done, and the last day has passed",
  met: "met: done on or before the last day",
  late: "late: done after the last day",
  disapplied: "disapplied: a recorded exception turned the time limit off; the duty is to act as soon as practicable",
  "not-applicable": "not applicable",
  open: "open: the time has not yet run out",
  closed: "closed: the time has run out",
};

/**
 * Computes a deadline from a rule instance, and sets the instance's due day (after a `pause`
 * exception, the moved date). Problems found are pushed onto `found`, and the exception events
 * that applied onto `usedClaims` (given when the case records any): nothing else is made per
 * deadline (see bench/).
 */
export function computeDeadline(instance: Instance, context: DeadlineContext, found: Problem[], usedClaims: Set<string> | null): Deadline {
  const { rule } = instance;
  const form = instance.form ?? rule.counting;
  const anchor = anchorDay(instance, context);
  // The working is written only when asked for: a timeline without it allocates none (see bench/).
  const working: string[] | null = context.explain ? workingToAnchor(instance, anchor, context) : null;
  const dueByLaw = periodEnd(instance, form, anchor, context, working);
  // A duty already due before the day it stopped applying keeps its status (a review missed before a plan ceased).
  const notApplicable =
    instance.notApplicable !== undefined && (instance.notApplicableFrom === undefined || dueByLaw === null || dueByLaw >= instance.notApplicableFrom)
      ? instance.notApplicable
      : undefined;

  const facts = factsOf(instance);
  const inForce = inForceOn(facts, anchor);
  if (!inForce) found.push(problem("rule-not-in-force", instance.anchor.eventId, facts.publicId, instance.key));
  if (countsWorkingDays(effectiveForm(form, context.readings).kind) && dueByLaw !== null && outsideBankHolidayTable(anchor, dueByLaw)) {
    found.push(problem("outside-holiday-table", instance.anchor.eventId, undefined, instance.key));
  }

  const done = instance.done?.day;
  const metAnyway = done !== undefined && dueByLaw !== null && done <= dueByLaw;
  const judged =
    dueByLaw !== null && context.claims.length > 0 && notApplicable === undefined
      ? judgeClaims(instance, { first: anchor + 1, last: dueByLaw }, metAnyway, context)
      : NO_CLAIMS;
  if (judged !== NO_CLAIMS) {
    for (const p of judged.problems) found.push(p);
    if (usedClaims !== null) for (const id of judged.usedClaims) usedClaims.add(id);
  }
  const { covered, lines: exceptionLines, grounds, citations } = judged;

  // An exception that fits is always shown; it changes the date or status only of a limit not met on time.
  const applies = covered.length > 0;
  const changesLimit = applies && !metAnyway;
  const daysCovered = applies ? daysInUnion(covered) : 0;
  const indicative = changesLimit && dueByLaw !== null ? dueByLaw + daysCovered : null;
  const pause = changesLimit && context.readings.exceptions === "pause";
  const due = pause ? indicative : dueByLaw;
  const status = statusOf(instance, notApplicable, due, changesLimit && !pause, context.asOf);

  const exception: AppliedExceptions | null = applies
    ? { reading: context.readings.exceptions, grounds, events: judged.usedClaims, daysCovered, citations }
    : null;

  const deadline: Deadline = {
    rule: facts.publicId,
    key: instance.key,
    title: rule.title,
    due: due === null ? null : formatCivilDate(due),
    status,
    doneOn: done === undefined ? null : formatCivilDate(done),
    doneBy: instance.done?.eventId ?? null,
    strength: rule.strength,
    owner: rule.owner,
    citation: rule.citation,
    verified: rule.verified,
    anchor: { event: instance.anchor.eventType, eventId: instance.anchor.eventId, date: formatCivilDate(instance.anchor.day) },
    counting: form === rule.counting ? facts.counting : formatCountingForm(form),
    reading: readingsUsed(instance, facts, form, context, changesLimit),
    exception,
    indicativeDue: !pause && indicative !== null ? formatCivilDate(indicative) : null,
    explanation:
      working === null ? NO_LINES : explain(working, { instance, notApplicable, dueByLaw, indicative, daysCovered, pause, exceptionLines, status, context }),
  };
  instance.dueDay = due;
  return deadline;
}

/** What the recorded exceptions did to one limit. */
interface JudgedClaims {
  readonly usedClaims: string[];
  readonly covered: DayRange[];
  readonly lines: string[];
  /** Each once, in the order first met (a list: a limit meets one claim or two). */
  readonly grounds: string[];
  readonly citations: string[];
  readonly problems: Problem[];
}

/** Shared, never changed: no deadline has working when not asked. */
const NO_LINES: readonly string[] = Object.freeze([]);

/** Shared by every limit no exception touches (most of them): nothing is allocated for it. */
const NO_CLAIMS: JudgedClaims = Object.freeze({
  usedClaims: [],
  covered: [],
  lines: [],
  grounds: [],
  citations: [],
  problems: [],
});

/**
 * Checks every exception claim against one limit (counting.md): only claims that fit apply. A
 * limit met on time is met whatever exceptions exist, so claims against it are noted, not judged.
 */
function judgeClaims(instance: Instance, period: DayRange, metAnyway: boolean, context: DeadlineContext): JudgedClaims {
  const judged: JudgedClaims = { usedClaims: [], covered: [], lines: [], grounds: [], citations: [], problems: [] };
  const limit = {
    rule: instance.rule,
    period,
    ...(instance.adviceId === undefined ? {} : { adviceId: instance.adviceId }),
    ...(instance.exceptionsBarredBecause === undefined ? {} : { barredBecause: instance.exceptionsBarredBecause }),
  };
  for (const claim of context.claims) {
    const outcome = checkClaim(claim, limit, context.facts);
    const { eventId } = claim.event;
    const { ground } = claim.event.recorded;
    if (outcome.kind === "irrelevant") continue;
    if (outcome.kind === "rejected") {
      // A claim that could never apply is wrong whatever happened; one whose dates do not
      // fit matters only to a limit that was missed.
      if (!metAnyway || outcome.code === "exception-ground-not-applicable" || outcome.code === "exception-not-available") {
        judged.problems.push(problem(outcome.code, eventId, outcome.detail, instance.key));
      } else {
        judged.usedClaims.push(eventId);
        judged.lines.push(`Exception recorded (event ${eventId}, ${ground}) does not fit this limit; the limit was met, so it changes nothing.`);
      }
    } else {
      judged.usedClaims.push(eventId);
      judged.covered.push(outcome.covered);
      addOnce(judged.grounds, ground);
      addOnce(judged.citations, outcome.provision.citation);
      judged.lines.push(
        `Exception recorded (event ${eventId}): ${ground}, ${GROUNDS[ground].meaning}; ` +
          `${describeDate(claim.days.first)} to ${claim.openEnded ? "the as-of date (no end recorded)" : describeDate(claim.days.last)} ` +
          `(${outcome.provision.citation}); ${rangeLength(outcome.covered)} of its days fall within the period` +
          `${metAnyway ? "; the limit was met, so it changes nothing" : ""}.`,
      );
    }
  }
  return judged;
}

/** Adds a value to a short list unless it is there already. */
function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** What every deadline of a rule asks of it, worked out once per rule: one lookup a deadline (see bench/). */
interface RuleFacts {
  /** The in-force days. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** The readings the rule itself always uses (its local target, the order clock), as {@link USES} bits. */
  readonly readingsMask: number;
  /** The rule's own counting form, as the output writes it. */
  readonly counting: string;
  /** The id its deadlines carry. */
  readonly publicId: string;
}

function factsOfRule(rule: Rule): RuleFacts {
  return {
    from: civilDate(rule.inForce.from),
    to: rule.inForce.to === undefined ? Number.POSITIVE_INFINITY : civilDate(rule.inForce.to),
    readingsMask: (rule.readings ?? []).reduce((mask, reading) => mask | USES[reading], 0),
    counting: asOnePiece(formatCountingForm(rule.counting)),
    publicId: publicIdOf(rule),
  };
}

/** The facts of every rule of the catalogue, by its place in it: an array read a deadline (see bench/). */
const CATALOGUE_FACTS: readonly RuleFacts[] = RULES.map(factsOfRule);

/** The facts of an instance's rule; every rule the engine opens is in the catalogue, each with an id of its own. */
function factsOf(instance: Instance): RuleFacts {
  return CATALOGUE_FACTS[instance.ruleIndex] ?? factsOfRule(instance.rule);
}

function inForceOn(facts: RuleFacts, day: DayNumber): boolean {
  return day >= facts.from && day <= facts.to;
}

/**
 * The end of the period: the rule's own count, the latest of any further periods that run at
 * the same time, then the Tribunal's day rules (r.12) for its own limits. The working is pushed
 * onto `lines`, when given.
 *
 * The Tribunal's rules move each period from its own anchor before the latest is taken: before
 * 21 July 2020 they did not count some days of each period, so the later count need not give
 * the later last day.
 */
function periodEnd(instance: Instance, form: CountingForm, anchor: DayNumber, context: DeadlineContext, lines: string[] | null): DayNumber | null {
  const { counting } = context;
  const tribunal = instance.rule.tribunalDays === true;
  let end = countFrom(form, anchor, counting);
  if (lines !== null) lines.push(describeCounting(form, anchor, end, counting));
  if (tribunal && end !== null) end = tribunalLastDayWith(anchor, end, counting.calendar, lines);
  // An index, not for-of: the list is often the shared frozen empty one, and an iterator over
  // two kinds of array is allocated each time (see bench/).
  const { laterOf } = instance;
  for (let i = 0; i < laterOf.length; i += 1) {
    const candidate = laterOf[i] as LaterOfCandidate;
    let other = countFrom(candidate.form, candidate.anchor.day, counting);
    if (lines !== null) {
      lines.push(`${candidate.anchorLabel}: ${describeDate(candidate.anchor.day)} (event ${candidate.anchor.eventId}).`);
      lines.push(describeCounting(candidate.form, candidate.anchor.day, other, counting));
    }
    if (tribunal && other !== null) other = tribunalLastDayWith(candidate.anchor.day, other, counting.calendar, lines);
    if (other !== null && (end === null || other > end)) end = other;
  }
  if (laterOf.length > 0 && lines !== null) lines.push(`The later of these ends applies: ${end === null ? "no fixed date" : describeDate(end)}.`);
  if (instance.rule.kind === "earliest" && end !== null) {
    end += 1;
    if (lines !== null) lines.push(`The earliest lawful day is the day after that: ${describeDate(end)}.`);
  }
  return end;
}

interface Working {
  readonly notApplicable: string | undefined;
  readonly instance: Instance;
  readonly dueByLaw: DayNumber | null;
  readonly indicative: DayNumber | null;
  readonly daysCovered: number;
  readonly pause: boolean;
  readonly exceptionLines: readonly string[];
  readonly status: DeadlineStatus;
  readonly context: DeadlineContext;
}

/** The first lines of a deadline's working, up to its anchor day; the period's lines follow them. */
function workingToAnchor(instance: Instance, anchor: DayNumber, context: DeadlineContext): string[] {
  const lines = [`${instance.anchorLabel}: ${describeDate(instance.anchor.day)} (event ${instance.anchor.eventId}).`];
  const note = anchorNote(instance, anchor, context);
  if (note !== null) lines.push(note);
  if (instance.form !== undefined && instance.rule.readings?.includes("draftPlanTargetWeeks") === true) {
    lines.push(`Local target (policy value draftPlanTargetWeeks = ${context.readings.draftPlanTargetWeeks}); not a legal time limit.`);
  }
  return lines;
}

/** The plain-English working of a deadline, one step a line: the rest of it, after the period's lines. */
function explain(lines: string[], w: Working): string[] {
  const { rule } = w.instance;
  if (w.dueByLaw !== null && !rule.tribunalDays && rule.kind === "limit") {
    const note = nonWorkingLastDayNote(w.dueByLaw, w.context.counting);
    if (note !== null) lines.push(note);
  }
  for (const line of w.exceptionLines) lines.push(line);
  if (w.indicative !== null) {
    lines.push(
      w.pause
        ? `Reading exceptions: pause: the due date moves on by the ${w.daysCovered} exception days within the period: ${describeDate(w.indicative)} (not a statutory date).`
        : `Indicative date, not statutory: the due date plus the ${w.daysCovered} exception days within the period: ${describeDate(w.indicative)}.`,
    );
  }
  const by = w.instance.notApplicableBy;
  if (w.notApplicable !== undefined) lines.push(`Not applicable: ${w.notApplicable}${by === undefined ? "" : ` (event ${by.eventId})`}.`);
  else if (w.instance.notApplicable !== undefined) lines.push(`Due before ${w.instance.notApplicable}, so it still stands.`);
  for (const note of w.instance.notes) lines.push(`${note.label}: ${describeDate(note.by.day)} (event ${note.by.eventId}).`);
  if (w.instance.done !== undefined) lines.push(`Done on ${describeDate(w.instance.done.day)} (event ${w.instance.done.eventId}).`);
  lines.push(statusLine(w.context.asOf, w.status));
  return lines;
}

/**
 * The last line of the working: the same few for every deadline of a case (and of a batch), so
 * those of the last as-of date are kept, one a status.
 */
function statusLine(asOf: DayNumber, status: DeadlineStatus): string {
  if (asOf !== statusLinesAsOf) {
    statusLinesAsOf = asOf;
    statusLines = {};
  }
  return (statusLines[status] ??= asOnePiece(`Status at ${formatCivilDate(asOf)}: ${STATUS_WORDS[status]}.`));
}

let statusLinesAsOf: DayNumber | undefined;
let statusLines: Partial<Record<DeadlineStatus, string>> = {};
