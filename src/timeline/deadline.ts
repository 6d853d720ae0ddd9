/**
 * Turns one rule instance into a deadline: its derivation (the due date, the exceptions that
 * meet it, its status), the problems found, and its working when asked for.
 *
 * @module
 */
import { type DayNumber, civilDate, formatCivilDate } from "../dates/civil-date";
import { type CountingForm, effectiveForm, formatCountingForm } from "../dates/counting";
import { outsideBankHolidayTable } from "../dates/working-days";
import { NONE, asOnePiece } from "../internal/speed";
import { RULES, publicIdOf } from "../law/catalogue";
import type { Rule } from "../law/types";
import type { DeadlineKey, RuleId } from "../law/rule-ids";
import { type DerivationRecord, derive, exceptionChangesLimit } from "./derivation";
import { judgedAnAbsence } from "./exception-judgement";
import type { DeadlineContext } from "./deadline-context";
import { explanation } from "./explanation";
import { type Problem, problem } from "./problems";
import type { Instance } from "./registry";
import { readingsUsed, ruleReadingsMask } from "./readings-used";
import type { AppliedExceptions, Deadline } from "./types";

const countsWorkingDays = (kind: CountingForm["kind"]): boolean => kind === "working-days-after" || kind === "working-days-beginning-with";

/**
 * Computes a deadline from a rule instance, and sets the instance's due day (after a `pause`
 * exception, the moved date). Problems found are pushed onto `found`, and the exception events
 * that applied onto `usedClaims` (given when the case records any): nothing else is made per
 * deadline but its derivation.
 */
export function computeDeadline(instance: Instance, context: DeadlineContext, found: Problem[], usedClaims: Set<string> | null, record: DerivationRecord): Deadline {
  const { rule } = instance;
  const d = derive(instance, context, record);
  const { form, anchor, dueByLaw, due, exceptions } = d;

  const facts = factsOf(instance);
  if (!inForceOn(facts, anchor)) found.push(problem("rule-not-in-force", instance.anchor.eventId, facts.publicId, instance.key));
  if (countsWorkingDays(effectiveForm(form, context.readings).kind) && dueByLaw !== null && outsideBankHolidayTable(anchor, dueByLaw)) {
    found.push(problem("outside-holiday-table", instance.anchor.eventId, undefined, instance.key));
  }
  // Indexed loops: most judgements share the frozen empty lists (docs/performance.md: frozen empties).
  for (let i = 0; i < exceptions.problems.length; i += 1) found.push(exceptions.problems[i] as Problem);
  if (usedClaims !== null) for (let i = 0; i < exceptions.usedClaims.length; i += 1) usedClaims.add(exceptions.usedClaims[i] as string);

  const exception: AppliedExceptions | null =
    exceptions.covered.length > 0
      ? { reading: context.readings.exceptions, grounds: exceptions.grounds, events: exceptions.usedClaims, daysCovered: d.daysCovered, citations: exceptions.citations }
      : null;
  const done = instance.done?.day;
  const deadline: Deadline = {
    // The catalogue's ids are the RuleId union (test/law/rule-ids.test.ts), its keys rule:qualifier.
    rule: facts.publicId as RuleId,
    key: instance.key as DeadlineKey,
    title: rule.title,
    due: due === null ? null : formatCivilDate(due),
    status: d.status,
    doneOn: done === undefined ? null : formatCivilDate(done),
    doneBy: instance.done?.eventId ?? null,
    strength: rule.strength,
    owner: rule.owner,
    citation: rule.citation,
    verified: rule.verified,
    anchor: { event: instance.anchor.eventType, eventId: instance.anchor.eventId, date: formatCivilDate(instance.anchor.day) },
    counting: form === rule.counting ? facts.counting : formatCountingForm(form),
    reading: readingsUsed(instance, facts.readingsMask, form, context, exceptionChangesLimit(d), judgedAnAbsence(exceptions)),
    exception,
    indicativeDue: !d.pause && d.indicative !== null ? formatCivilDate(d.indicative) : null,
    // The working is written only when asked for: a timeline without it makes no line.
    explanation: context.explain ? explanation(d, instance, context) : NONE,
  };
  instance.dueDay = due;
  return deadline;
}

/** What every deadline of a rule asks of it, worked out once per rule (docs/performance.md: rule facts by place). */
interface RuleFacts {
  /** The in-force days. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** The readings the rule itself always uses (its local target, the order clock), as bits of a readings mask. */
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
    readingsMask: ruleReadingsMask(rule),
    counting: asOnePiece(formatCountingForm(rule.counting)),
    publicId: publicIdOf(rule),
  };
}

/** The facts of every rule of the catalogue, by its place in it: an array read a deadline. */
const CATALOGUE_FACTS: readonly RuleFacts[] = RULES.map(factsOfRule);

/** The facts of an instance's rule; every rule the engine opens is in the catalogue, each with an id of its own. */
function factsOf(instance: Instance): RuleFacts {
  return CATALOGUE_FACTS[instance.ruleIndex] ?? factsOfRule(instance.rule);
}

function inForceOn(facts: RuleFacts, day: DayNumber): boolean {
  return day >= facts.from && day <= facts.to;
}
