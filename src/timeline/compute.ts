/**
 * The engine: a case file and an as-of date in, a timeline out. Events are sorted, folded
 * through the state machine, and the rule instances it opens become deadlines.
 *
 * @module
 */
import { type DayNumber, civilDate, daysInMonth, formatCivilDate, parseCivilDate } from "../dates/civil-date";
import type { Closure } from "../dates/closures";
import type { CountingContext } from "../dates/counting";
import { ENGLAND_AND_WALES, type HolidayChanges, type WorkingDayCalendar, workingDayCalendar } from "../dates/working-days";
import { NONE, sortByRank } from "../internal/speed";
import { findRule } from "../law/catalogue";
import { DEFAULT_READINGS, type Readings } from "../law/readings";
import { type CaseEvent, type CaseEventOf, eventRank } from "../process/events";
import { NATURAL_ORDER_OF_TYPES } from "../process/event-table";
import { INITIAL_STATE } from "../process/states";
import type { MachineContext } from "../process/context";
import { openDispute } from "../process/disputes";
import { planEndProblems } from "../process/ceasing";
import { transition } from "../process/transition";
import { resolveSupportPolicy } from "../law/support-policies";
import type { CaseFile } from "../schema/case-file";
import { OTHER_DATE_FIELDS } from "../schema/date-fields";
import type { CaseFileEvent, EventType } from "../schema/events";
import { computeDeadline } from "./deadline";
import { derivationRecord } from "./derivation";
import type { DeadlineContext } from "./deadline-context";
import { caseFileDay, checkEventList, checkRequiredChoices } from "./case-guard";
import { englandClockAt } from "../dates/england-clock";
import { ArgumentError } from "../vocabulary/argument-error";
import { CaseFileError } from "../schema/case-file-error";
import { unknownEventTypeIssue } from "../schema/event-types";
import { isExtension } from "../schema/unknown-keys";
import { type AdviceRequestFact, type ExceptionClaim, type ExceptionFacts, claimDays, cutShortDetail } from "./exceptions";
import { type Problem, type ProblemCode, problem } from "./problems";
import { readingsTableOf } from "./readings-used";
import { SharedLines } from "./shared-lines";
import { type Instance, InstanceRegistry } from "./registry";
import { summarizeSupport } from "./support-summary";
import type { Deadline, Timeline } from "./types";

/** Options of {@link timeline}. */
export interface TimelineOptions {
  /**
   * "Today" for statuses: `YYYY-MM-DD` (`todayInEngland` gives it from an instant the caller reads), or an instant, read as its
   * civil date in England. The engine never reads the clock.
   */
  readonly asOf: string | Date;
  /** Whether to write the plain-English working of each date (default `true`). */
  readonly explain?: boolean;
}

/** The calendar of a case: the bundled table with the caller's holiday changes. */
function caseCalendar(caseFile: CaseFile): WorkingDayCalendar {
  const holidays = caseFile.calendar?.holidays;
  if (holidays === undefined || holidays.length === 0) return workingDayCalendar();
  const changes: { add: { date: DayNumber; name?: string }[]; remove: DayNumber[] } = { add: [], remove: [] };
  holidays.forEach((entry, i) => {
    if (typeof entry === "string") changes.add.push({ date: caseFileDay(entry, `calendar.holidays[${i}]`) });
    else if (entry.action === "remove") changes.remove.push(caseFileDay(entry.date, `calendar.holidays[${i}].date`));
    else changes.add.push({ date: caseFileDay(entry.date, `calendar.holidays[${i}].date`), ...(entry.name === undefined ? {} : { name: entry.name }) });
  });
  return workingDayCalendar(changes satisfies HolidayChanges);
}

function closuresOf(caseFile: CaseFile): readonly Closure[] {
  const closures = caseFile.calendar?.closures;
  // Most cases give none (docs/performance.md: frozen empties).
  if (closures === undefined || closures.length === 0) return NONE;
  return closures.map((c, i) => ({ setting: c.setting, first: caseFileDay(c.from, `calendar.closures[${i}].from`), last: caseFileDay(c.to, `calendar.closures[${i}].to`) }));
}

/** Whether two events are the same but for their ids: an exact duplicate. */
function sameEvent(a: CaseEvent, b: CaseEvent): boolean {
  const left = a.recorded as Record<string, unknown>;
  const right = b.recorded as Record<string, unknown>;
  // Counted and compared in loops, not key lists: same-day events of one type are common.
  let fields = 0;
  for (const k in left) {
    if (k === "id") continue;
    fields += 1;
    const x = left[k];
    const y = right[k];
    if (x !== y && !(typeof x === "object" && x !== null && JSON.stringify(x) === JSON.stringify(y))) return false;
  }
  for (const k in right) if (k !== "id") fields -= 1;
  return fields === 0;
}

interface PreparedEvents {
  readonly events: CaseEvent[];
  readonly problems: Problem[];
}

/** Gives every event its id and day, reports the ones that cannot be used, and sorts the rest. */
function prepareEvents(caseFile: CaseFile, asOf: DayNumber): PreparedEvents {
  const events: CaseEvent[] = [];
  // Each event's sort rank, worked out here from the type looked up anyway (docs/performance.md: sort by rank).
  const ranks: number[] = [];
  const problems: Problem[] = [];
  const input = caseFile.events;
  checkEventList(input);
  // Ids name events in problems, explanations and other events: one given twice names neither
  // well. Only a case that gives ids can repeat one (the others are e<position>), so the ids are
  // kept from the first one given, with the default ids of the events before it.
  let idsSeen: Set<string> | null = null;
  for (let index = 0; index < input.length; index += 1) {
    const raw = input[index];
    if (raw === undefined) continue;
    const eventId = raw.id ?? defaultId(index);
    if (raw.id !== undefined && idsSeen === null) idsSeen = new Set(Array.from({ length: index }, (_, before) => defaultId(before)));
    if (idsSeen !== null) {
      if (idsSeen.has(eventId)) {
        problems.push(problem("duplicate-event-id", eventId));
        continue;
      }
      idsSeen.add(eventId);
    }
    // What the engine knows of the type, looked up once; nothing for a type that does not exist.
    const type = EVENT_TYPES.get(raw.type);
    if (type === undefined) {
      // A type of the caller's own (x-…) is never used; any other comes from a case file built
      // by hand, never parsed, and gets the parser's issue (case-guard.ts).
      if (isExtension(raw.type)) continue;
      throw new CaseFileError([unknownEventTypeIssue(raw.type, index)]);
    }
    checkRequiredChoices(raw as Readonly<Record<string, unknown>> & CaseFileEvent, index);
    const day = raw.date === undefined ? null : parseCivilDate(raw.date);
    if (day === null) {
      problems.push(problem("invalid-event-date", eventId));
      continue;
    }
    const outOfRange = dateFieldOutOfRange(raw, type.dateFields, day, index);
    if (outOfRange !== null) {
      problems.push(problem("date-out-of-range", eventId, outOfRange));
      continue;
    }
    // The timeline is the case as known on the as-of date (docs/semantics.md § 8): a later
    // event has not happened yet, and a mistyped year must not turn a met limit late.
    if (day > asOf) {
      problems.push(problem("event-after-as-of", eventId));
      continue;
    }
    // The caller's event is kept as it is, not copied: a copy cost more than the rest of this
    // loop, and one shape for every event keeps the machine's reads of it fast (docs/performance.md:
    // events not copied).
    const recorded = raw as CaseFileEvent;
    events.push({ type: recorded.type, eventId, day, position: index + 1, secondOfDay: recorded.secondOfDay, recorded } as CaseEvent);
    ranks.push(eventRank(day, type.order));
  }
  sortByRank(events, ranks);
  return { events: withoutDuplicates(events, problems), problems };
}

/**
 * The years the engine computes in (docs/semantics.md): 2000 to 2099. Every date it gives is
 * then a 4-digit year, and every period of the law ends well inside the arithmetic's range.
 */
const FIRST_SUPPORTED_DATE = "2000-01-01";
const LAST_SUPPORTED_DATE = "2099-12-31";

/**
 * The first date field of an event outside the supported years (`date`, or a path such as
 * `phaseTransfer.transferDate`), or `null`. A field that is no date at all can only come from a
 * case file built by hand, never parsed: a `CaseFileError` names it (case-guard.ts).
 */
function dateFieldOutOfRange(raw: object, dateFields: DateFields, day: DayNumber, index: number): string | null {
  if (day < FIRST_SUPPORTED_DAY || day > LAST_SUPPORTED_DAY) return "date";
  // Indexed loops: most types have no other date field, and this runs for every event.
  for (let i = 0; i < dateFields.length; i += 1) {
    const { path, names } = dateFields[i] as DateFields[number];
    let value: unknown = raw;
    for (let j = 0; j < names.length; j += 1) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[names[j] as string] : undefined;
    if (value === undefined) continue;
    const fieldDay = caseFileDay(value, `events[${index}].${path}`);
    if (fieldDay < FIRST_SUPPORTED_DAY || fieldDay > LAST_SUPPORTED_DAY) return path;
  }
  return null;
}

type DateFields = (typeof OTHER_DATE_FIELDS)[EventType];

/**
 * Every event type, with its other date fields and its place in the natural order of events
 * (for {@link eventRank}): a type not in it is not an event type. A map, so that no input type
 * (`toString`, `__proto__`) can find an inherited property.
 */
const EVENT_TYPES: ReadonlyMap<string, { readonly dateFields: DateFields; readonly order: number }> = new Map(
  Object.entries(OTHER_DATE_FIELDS).map(([type, dateFields]) => [type, { dateFields, order: NATURAL_ORDER_OF_TYPES.indexOf(type as EventType) }]),
);

/** The ids of events that have none, by input index: the same strings for every case (docs/performance.md: default ids). */
const DEFAULT_IDS: readonly string[] = Array.from({ length: 64 }, (_, index) => `e${index + 1}`);
const defaultId = (index: number): string => DEFAULT_IDS[index] ?? `e${index + 1}`;

const FIRST_SUPPORTED_DAY = civilDate(FIRST_SUPPORTED_DATE);
const LAST_SUPPORTED_DAY = civilDate(LAST_SUPPORTED_DATE);

/**
 * Drops exact duplicates (same type, day and fields), reporting each. After sorting, events of
 * the same day and type stand together, so only those runs are compared.
 */
function withoutDuplicates(sorted: CaseEvent[], problems: Problem[]): CaseEvent[] {
  // Most cases have no two events of one type on one day: their list is kept as it is.
  if (!sameDayAndType(sorted)) return sorted;
  const kept: CaseEvent[] = [];
  // A long run (many advice requests on one day) is compared within buckets of a hash of the fields, not pair by pair.
  let buckets: Map<number, CaseEvent[]> | null = null;
  let runStart = 0;
  for (const event of sorted) {
    const first = kept[runStart];
    if (first?.day !== event.day || first.type !== event.type) {
      runStart = kept.length;
      buckets = null;
    }
    if (buckets === null && kept.length - runStart >= LONG_RUN) {
      buckets = new Map();
      for (let i = runStart; i < kept.length; i += 1) addToBucket(buckets, kept[i] as CaseEvent);
    }
    const others = buckets === null ? kept : (buckets.get(fieldsHash(event)) ?? NONE);
    const from = buckets === null ? runStart : 0;
    let duplicate = false;
    for (let i = others.length - 1; i >= from && !duplicate; i -= 1) duplicate = sameEvent(others[i] as CaseEvent, event);
    if (duplicate) problems.push(problem("duplicate-event", event.eventId));
    else {
      kept.push(event);
      if (buckets !== null) addToBucket(buckets, event);
    }
  }
  return kept;
}

/** Events of one type on one day past which a run is compared in buckets. */
const LONG_RUN = 8;

function addToBucket(buckets: Map<number, CaseEvent[]>, event: CaseEvent): void {
  const hash = fieldsHash(event);
  const bucket = buckets.get(hash);
  if (bucket === undefined) buckets.set(hash, [event]);
  else bucket.push(event);
}

/**
 * A hash of an event's text and number fields but its id, the same whatever their order: two
 * events for which {@link sameEvent} holds have the same hash (others may share it too).
 */
function fieldsHash(event: CaseEvent): number {
  const recorded = event.recorded as Record<string, unknown>;
  let hash = 0;
  for (const k in recorded) {
    if (k === "id") continue;
    const value = recorded[k];
    if (typeof value === "number") hash = (hash + value) | 0;
    else if (typeof value === "string") {
      let h = value.length;
      for (let i = 0; i < value.length; i += 1) h = (Math.imul(h, 31) + value.charCodeAt(i)) | 0;
      hash = (hash + h) | 0;
    }
  }
  return hash;
}

/** Whether two neighbours of a sorted list are of one type on one day. */
function sameDayAndType(sorted: readonly CaseEvent[]): boolean {
  for (let i = 1; i < sorted.length; i += 1) {
    const before = sorted[i - 1] as CaseEvent;
    const event = sorted[i] as CaseEvent;
    if (before.day === event.day && before.type === event.type) return true;
  }
  return false;
}

/** A date of birth as a day; a month alone counts as its last day, so age limits never end early. */
function dateOfBirthDay(text: string | undefined): DayNumber | null {
  if (text === undefined) return null;
  if (typeof text !== "string" || text.length === 10) return caseFileDay(text, "child.dateOfBirth");
  const [year, month] = text.split("-").map(Number);
  return caseFileDay(`${text}-${String(daysInMonth(year ?? 0, month ?? 0)).padStart(2, "0")}`, "child.dateOfBirth");
}

function readingsOf(caseFile: CaseFile): Readings {
  const options = caseFile.options;
  if (options === undefined) return DEFAULT_READINGS;
  const readings: Record<string, unknown> = { ...DEFAULT_READINGS };
  for (const [name, value] of Object.entries(options)) if (value !== undefined) readings[name] = value;
  return readings as unknown as Readings;
}

/** The as-of date as `YYYY-MM-DD`: an instant is read as its civil date in England (an invalid one as no date). */
function asOfDate(asOf: string | Date): string {
  if (typeof asOf === "string") return asOf;
  return asOf instanceof Date ? (englandClockAt(asOf.getTime())?.date ?? "") : "";
}

/**
 * The timeline of one case at a date: its stage, every deadline with its date, status, legal
 * source and working, and every problem found in its history. Pure: the same input gives the
 * same output in any time zone; nothing is thrown for bad data.
 *
 * @example
 * const parsed = parseCaseFileOrThrow(json);
 * const result = timeline(parsed, { asOf: "2024-12-01" });
 * result.deadlines.find((d) => d.rule === "final-plan")?.due; // "2025-01-22" for a request on 2024-09-04
 */
export function timeline(caseFile: CaseFile, options: TimelineOptions): Timeline {
  const asOfText = asOfDate(options.asOf);
  const asOf = parseCivilDate(asOfText);
  if (asOf === null) throw new ArgumentError("asOf", "invalid-date", "expected a calendar date YYYY-MM-DD, or a valid Date");
  const readings = readingsOf(caseFile);
  const prepared = prepareEvents(caseFile, asOf);
  const problems: Problem[] = prepared.problems;
  const closures = closuresOf(caseFile);
  const calendar = caseCalendar(caseFile);
  const machine: MachineContext = {
    lastRequestDay: lastDayOf(prepared.events, "assessment-requested"),
    readings,
    closures,
    calendar,
    hasClosures: caseFile.calendar?.closures !== undefined,
    dateOfBirth: dateOfBirthDay(caseFile.child?.dateOfBirth),
    supportPolicy: resolveSupportPolicy(caseFile.options?.supportPolicy),
    asOf,
    reviewCounting: { calendar: ENGLAND_AND_WALES, readings },
  };

  const registry = new InstanceRegistry();
  let state = INITIAL_STATE;
  for (const event of prepared.events) {
    const step = transition(state, event, machine);
    state = step.state;
    for (const effect of step.effects) registry.apply(effect);
  }
  for (const p of registry.problems) problems.push(p);

  const claims = exceptionClaims(registry.exceptionEventIds, prepared.events, asOf, problems);
  // Every closure, whatever its setting: a case is one pupil's (termly SEN support reviews).
  const counting: CountingContext = { calendar, readings, closures };
  const context: DeadlineContext = {
    asOf,
    readings,
    readingsTable: readingsTableOf(readings),
    counting,
    claims,
    facts: claims.length === 0 ? NO_FACTS : { closures, adviceRequests: adviceRequestFacts(prepared.events) },
    explain: options.explain ?? true,
    shared: new SharedLines(asOf, counting),
  };
  const dueRanks: number[] = [];
  const deadlines = computeDeadlines(registry.instances, claims, context, problems, dueRanks);
  windowProblems(registry, problems);
  for (const p of planEndProblems(state, machine)) problems.push(problem(p.code, p.eventId, p.detail));

  return {
    caseId: caseFile.caseId,
    asOf: asOfText,
    stage: state.stage,
    dispute: openDispute(state),
    deadlines: byDueDate(deadlines, dueRanks),
    problems,
    support: summarizeSupport(state, machine),
  };
}

/** The facts of every case without a claim, which no claim reads. */
const NO_FACTS: ExceptionFacts = Object.freeze({ closures: NONE, adviceRequests: NONE });

/** The day of the last event of one type (events are sorted), or `null` when there is none. */
function lastDayOf(events: readonly CaseEvent[], type: CaseEvent["type"]): DayNumber | null {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i] as CaseEvent;
    if (event.type === type) return event.day;
  }
  return null;
}

/** The exception claims recorded in the case, with their days resolved; bad ones reported. */
function exceptionClaims(eventIds: readonly string[], events: readonly CaseEvent[], asOf: DayNumber, problems: Problem[]): readonly ExceptionClaim[] {
  if (eventIds.length === 0) return NONE;
  const claims: ExceptionClaim[] = [];
  // One claim is found by a walk; more, by a table made once (a walk each would grow with the square).
  const byId = eventIds.length === 1 ? null : new Map(events.map((e) => [e.eventId, e]));
  for (const eventId of eventIds) {
    const event = (byId === null ? eventWithId(events, eventId) : byId.get(eventId)) as CaseEventOf<"exception-recorded">;
    const claim = claimDays(event, asOf);
    if (claim === null) problems.push(problem("exception-dates-reversed", eventId));
    else {
      claims.push(claim);
      if (claim.cutShort) problems.push(problem("exception-coronavirus-cut-short", eventId, cutShortDetail(claim)));
    }
    // The rule id the caller wrote is not repeated: the detail says where it stands in appliesTo.
    (event.recorded.appliesTo ?? []).forEach((ruleId, i) => {
      if (findRule(ruleId) === undefined) problems.push(problem("exception-unknown-rule", eventId, `appliesTo[${i}]`));
    });
  }
  return claims;
}

/** The event with this id (ids are unique once the events are prepared). */
function eventWithId(events: readonly CaseEvent[], eventId: string): CaseEvent | undefined {
  for (const event of events) if (event.eventId === eventId) return event;
  return undefined;
}

/** The case's advice requests, for the closure exception. Loops, not callbacks: made for every case with a claim. */
function adviceRequestFacts(events: readonly CaseEvent[]): AdviceRequestFact[] {
  const facts: AdviceRequestFact[] = [];
  for (const e of events) {
    if (e.type !== "advice-requested") continue;
    const { adviceId, from, setting } = e.recorded;
    facts.push(setting === undefined ? { adviceId, from, day: e.day } : { adviceId, from, day: e.day, setting });
  }
  return facts;
}

/**
 * Every deadline, and the problems found while computing them; unused claims are reported.
 * Each deadline's due day goes on `dueRanks`, for {@link byDueDate}.
 */
function computeDeadlines(instances: readonly Instance[], claims: readonly ExceptionClaim[], context: DeadlineContext, problems: Problem[], dueRanks: number[]): Deadline[] {
  const deadlines: Deadline[] = [];
  // Most cases record no exception: nothing is kept about claims unless one does.
  const claimsUsed = claims.length === 0 ? null : new Set<string>();
  const rejections = claims.length === 0 ? null : new Map<string, Rejection>();
  // One list for every deadline's problems, emptied after each: none made a deadline.
  const found: Problem[] = [];
  const record = derivationRecord();
  for (const instance of instances) {
    const deadline = computeDeadline(instance, context, found, claimsUsed, record);
    deadlines.push(deadline);
    dueRanks.push(instance.dueDay ?? Number.POSITIVE_INFINITY);
    for (let i = 0; i < found.length; i += 1) {
      const p = found[i] as Problem;
      // A claim that does not fit is reported once per claim and code, naming every limit it
      // was rejected for; the problem stands where the first of them was found.
      if (rejections !== null && claimsUsed !== null && p.code.startsWith("exception-") && p.eventId !== null) {
        const once = `${p.code}|${p.eventId}`;
        const detail = p.detail;
        const seen = rejections.get(once);
        if (seen === undefined) rejections.set(once, { index: problems.length, code: p.code, eventId: p.eventId, limits: [{ key: p.key, detail }] });
        else {
          seen.limits.push({ key: p.key, detail });
          continue;
        }
        claimsUsed.add(p.eventId);
      }
      problems.push(p);
    }
    // Most have none: a length set is a call into the runtime, so only when there is one to clear.
    if (found.length > 0) found.length = 0;
  }
  if (rejections === null || claimsUsed === null) return deadlines;
  for (const rejection of rejections.values()) {
    if (rejection.limits.length > 1) problems[rejection.index] = mergedRejection(rejection);
  }
  for (const claim of claims) {
    if (!claimsUsed.has(claim.event.eventId)) problems.push(problem("exception-not-used", claim.event.eventId));
  }
  return deadlines;
}

/** One claim rejected with one code, for one limit or more. */
interface Rejection {
  readonly index: number;
  readonly code: ProblemCode;
  readonly eventId: string;
  readonly limits: { readonly key: string | undefined; readonly detail: string | undefined }[];
}

/**
 * A claim's rejections for several limits as one problem: its key is the first limit's, and its
 * detail names every limit, with what was wrong for each where that differs.
 */
function mergedRejection(rejection: Rejection): Problem {
  const { limits } = rejection;
  // Rule ids, not keys: a key can carry the caller's own id (`advice-received:<adviceId>`).
  const keys = limits.map((l) => ruleIdOfKey(l.key));
  const first = limits[0]?.detail;
  const sameDetail = limits.every((l) => l.detail === first);
  const detail = sameDetail
    ? `${first === undefined ? "" : `${first}; `}for ${keys.join(", ")}`
    : limits.map((l, i) => `${keys[i] ?? "?"}: ${l.detail ?? "rejected"}`).join("; ");
  return problem(rejection.code, rejection.eventId, detail, limits[0]?.key);
}

/** The rule id at the start of a deadline key (ids have no colon; registry.ts). */
function ruleIdOfKey(key: string | undefined): string {
  return key === undefined ? "?" : (key.split(":")[0] ?? "?");
}

/** Acts that came before the window protecting them had closed (a final plan inside the 15 days), pushed onto `found`. */
function windowProblems(registry: InstanceRegistry, found: Problem[]): void {
  for (const check of registry.windowChecks) {
    const due = check.window.dueDay;
    if (due === undefined || due === null) continue;
    // A window's due date is its last day; an earliest rule's is the first lawful day.
    const firstLawfulDay = check.window.rule.kind === "earliest" ? due : due + 1;
    if (check.act.day < firstLawfulDay) {
      found.push(problem(check.code, check.act.eventId, `not lawful before ${formatCivilDate(firstLawfulDay)}`, check.window.key));
    }
  }
}

/**
 * Deadlines in date order (undated last); ties keep the order the process opened them in.
 * `dueDays` are their due days (infinity for none), in the same order.
 */
function byDueDate(deadlines: Deadline[], dueDays: number[]): Deadline[] {
  // By day number, not date text (docs/performance.md: sort by rank).
  sortByRank(deadlines, dueDays);
  return deadlines;
}
