/**
 * One child's SEN2 history into a case file (case-file.md) and the SEN2 facts the case file
 * cannot hold. Only what the return dates becomes an event: a date the law needs that the
 * return lacks is a problem on the case, never a guess (docs/sen2.md § The mapping).
 *
 * @module
 */
import type { MergedPerson } from "./merge";
import type { ImportIssue, Sen2Chain, Sen2Review } from "./types";

/** A case-file event as the importer writes it (plain JSON). */
export type ImportedEvent = { readonly type: string; readonly date: string; readonly id: string } & Readonly<Record<string, unknown>>;

/** What SEN2 says about one request chain, kept beside the case file (the `sen2` key). */
export interface Sen2ChainFacts {
  /** The event-id prefix of the chain's events (`r1`, `r2`, …). */
  readonly chain: string;
  readonly received?: string;
  readonly requestOutcome?: string;
  readonly assessmentOutcome?: string;
  readonly planStart?: string;
  /** `Week20`: a 20-week exception applies (ground not given by SEN2; in the timeline as an exception on ground `not-recorded`). */
  readonly week20?: boolean;
  /** Any of the six mediation and tribunal flags set (DfE leaves such plans out of its timeliness figures). */
  readonly disputed: boolean;
  readonly transferLA?: string;
  readonly exported?: string;
  readonly ceaseDate?: string;
  readonly ceaseReason?: string;
  readonly phaseTransfers: readonly { readonly due: string; readonly final?: string }[];
}

/** The `x-sen2` key of an imported case line: SEN2 facts and the importer's problems. */
export interface Sen2CaseFacts {
  readonly lea?: string;
  readonly years: readonly number[];
  readonly chains: readonly Sen2ChainFacts[];
  readonly problems: readonly ImportIssue[];
}

/** An imported case: a case file (with the `x-sen2` key, an extension the engine leaves alone). */
export interface ImportedCase {
  readonly caseId: string;
  readonly child?: { readonly dateOfBirth: string };
  readonly events: readonly ImportedEvent[];
  readonly "x-sen2": Sen2CaseFacts;
}

/** RequestSource (2025+) to the case file's `by`; before 2025 SEN2 does not say (docs/sen2.md). */
const REQUESTER: Readonly<Record<string, string>> = { "1": "parent", "2": "school", "3": "other", "4": "other", "5": "other" };
const REVIEW_OUTCOME: Readonly<Record<string, string>> = { A: "amend", C: "cease", M: "maintain" };
/** CeaseReason 5 (transferred to another LA in England) and 7 (moved outside England): the plan ended by a move (sen2.md § 2.4). */
const MOVED_AWAY: ReadonlySet<string> = new Set(["5", "7"]);

class CaseBuilder {
  readonly events: ImportedEvent[] = [];
  readonly problems: ImportIssue[] = [];

  add(type: string, date: string, id: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.events.push({ type, date, id, ...fields });
  }

  problem(code: ImportIssue["code"], path: string, message: string): void {
    this.problems.push({ code, severity: "warning", path, message });
  }
}

function mapReviews(b: CaseBuilder, chain: Sen2Chain, id: string): void {
  chain.reviews.forEach((review: Sen2Review, i) => {
    const rid = `${id}-review${i + 1}`;
    const at = `${chain.where}/ActivePlans`;
    if (review.meeting !== undefined) b.add("review-meeting-held", review.meeting, `${rid}-meeting`);
    if (review.decision !== undefined) {
      const outcome = review.outcome === undefined ? undefined : REVIEW_OUTCOME[review.outcome];
      if (outcome === undefined) {
        b.problem(
          "not-representable",
          `${at}/LastReview`,
          `the ${review.year} return dates a review decision but not its outcome (ReviewOutcome, from 2024); the case file needs one, so the decision is not in the timeline`,
        );
      } else {
        b.add("review-decision", review.decision, `${rid}-decision`, { outcome });
      }
    } else if (review.meeting !== undefined) {
      b.problem("date-not-in-return", `${at}/LastReview`, `the ${review.year} return dates a review meeting but not the decision after it`);
    }
    if (review.draft !== undefined) b.add("amendment-notice-sent", review.draft, `${rid}-draft`);
    if (review.phaseTransferDue !== undefined) {
      b.problem(
        "not-representable",
        `${at}/PhaseTransferDueDate`,
        "a phase-transfer review is recorded, but the return gives no transfer date, which the case file needs; it is kept in x-sen2.chains[].phaseTransfers and judged by the report's SEN2 section",
      );
    }
  });
}

/** The chain's events. Returns whether a plan of this LA's was put in the timeline. */
function mapChain(b: CaseBuilder, chain: Sen2Chain, id: string): void {
  const at = chain.where;
  b.problems.push(...chain.unreadable);
  const historical = chain.requestOutcome === "H";
  const transferred = chain.transferLA !== undefined || chain.assessmentOutcome === "S";
  let requested = false;
  if (chain.received !== undefined && !transferred) {
    requested = true;
    b.add("assessment-requested", chain.received, `${id}-request`, { by: REQUESTER[chain.requestSource ?? ""] ?? "other" });
  } else if (!transferred && chain.planStart !== undefined) {
    b.problem(
      "plan-before-records",
      `${at}/ReceivedDate`,
      "a plan made before the records begin: the return does not date its request, and the case file has no event for a plan already in force, so the plan, its reviews and its ceasing are not in the timeline",
    );
  } else if (!transferred) {
    b.problem("date-not-in-return", `${at}/ReceivedDate`, "the request date is not in the return; without it no limit of this chain can be counted");
  }
  // The decision whether to assess (Regs 4, 5: 6 weeks).
  const decided = chain.requestOutcome === "Y" || chain.requestOutcome === "N" || (historical && chain.requestOutcomeDate !== undefined);
  if (requested && decided) {
    if (chain.requestOutcomeDate === undefined)
      b.problem("date-not-in-return", `${at}/RequestOutcomeDate`, "the decision whether to assess is recorded without its date; the 6-week limit shows no decision");
    else b.add("assessment-decision", chain.requestOutcomeDate, `${id}-decision`, { outcome: chain.requestOutcome === "N" ? "not-assess" : "assess" });
  } else if (requested && historical) {
    b.problem(
      "date-not-in-return",
      `${at}/RequestOutcomeDate`,
      "a historical chain (H): the decisions were made before the collection period and are not dated; the 6-week limit shows no decision",
    );
  }
  if (chain.requestOutcome === "W" || chain.assessmentOutcome === "W") {
    b.problem(
      "request-withdrawn",
      `${at}/${chain.requestOutcome === "W" ? "RequestOutcome" : "Assessment/AssessmentOutcome"}`,
      "the request was withdrawn or ceased (W) on a day the return does not give; the case file has no event for a withdrawal, so its open limits show as not done",
    );
  }
  if (chain.exported !== undefined) {
    b.problem(
      "moved-out",
      `${at}/Exported`,
      "the child moved to another LA before the assessment was completed; the return gives no date and the case file has no event for it, so the open limits show as not done",
    );
  }
  // The decision whether to issue a plan (Regs 10: 16 weeks for a refusal).
  const planDecided = chain.assessmentOutcome === "Y" || chain.assessmentOutcome === "N";
  if (requested && planDecided) {
    if (chain.assessmentOutcomeDate === undefined)
      b.problem("date-not-in-return", `${at}/Assessment/AssessmentOutcomeDate`, "the decision whether to issue a plan is recorded without its date");
    else b.add("plan-decision", chain.assessmentOutcomeDate, `${id}-plan-decision`, { outcome: chain.assessmentOutcome === "N" ? "not-issue" : "issue" });
  }
  if (chain.week20 === true && requested && chain.received !== undefined) {
    // Week20 = 1: an exception to the 20-week limit applied (reg 13(3)), its ground and days not returned. It is
    // recorded on ground not-recorded from the request, so the limit shows as disapplied and the engine flags it as unchecked.
    b.add("exception-recorded", chain.planStart ?? chain.received, `${id}-week20`, { ground: "not-recorded", from: chain.received, appliesTo: ["final-plan"] });
  }
  if (
    chain.requestMediation === true ||
    chain.requestTribunal === true ||
    chain.assessmentMediation === true ||
    chain.assessmentTribunal === true ||
    chain.otherMediation === true ||
    chain.otherTribunal === true
  ) {
    b.problem(
      "not-representable",
      `${at}/Assessment`,
      "mediation or a tribunal appeal is flagged, but the return gives no dates, which the case file's dispute events need; the flags are kept in x-sen2.chains[].disputed",
    );
  }
  if (transferred) {
    b.problem(
      "date-not-in-return",
      `${at}/ActivePlans/TransferLA`,
      "the plan came from another LA, but the return does not date the transfer (plan-transferred-in needs it); the plan, its reviews and its ceasing are not in the timeline",
    );
    return;
  }
  if (chain.planStart === undefined) return;
  if (!requested) return; // reported above: a plan without its request cannot be held
  b.add("final-plan-issued", chain.planStart, `${id}-final-plan`);
  b.problem(
    "draft-not-dated",
    `${at}/Assessment/NamedPlan`,
    "SEN2 does not date the draft plan: the engine reports the final plan as issued with no draft (final-before-draft) and the draft limit as not done; the draft may well have been issued",
  );
  mapReviews(b, chain, id);
  if (chain.ceaseDate !== undefined) {
    const ceased = chain.ceaseDate;
    b.add("plan-ceased", ceased, `${id}-ceased`);
    if (MOVED_AWAY.has(chain.ceaseReason ?? "")) {
      b.problem(
        "moved-out",
        `${at}/Assessment/NamedPlan/CeaseReason`,
        "the plan ended because the child moved to another LA or out of England (CeaseReason 5 or 7): the case file has no event for a move, so it is recorded as the plan ceasing, and the engine asks for a decision to cease that a move does not need",
      );
    } else if (!chain.reviews.some((r) => r.outcome === "C" && r.decision !== undefined && r.decision <= ceased)) {
      // A review decision to cease (ReviewOutcome C, dated by LastReview) is in the timeline as the decision; otherwise the return has none.
      b.problem(
        "cease-decision-not-dated",
        `${at}/Assessment/NamedPlan/CeaseDate`,
        "SEN2 does not date the decision to cease (only the day the plan ceased and the reason, kept in x-sen2.chains[].ceaseReason); the engine reports the plan as ceased without a decision",
      );
    }
  }
}

function disputed(c: Sen2Chain): boolean {
  return [c.requestMediation, c.requestTribunal, c.assessmentMediation, c.assessmentTribunal, c.otherMediation, c.otherTribunal].some((flag) => flag === true);
}

function chainFacts(c: Sen2Chain, id: string): Sen2ChainFacts {
  const phaseTransfers = c.reviews.flatMap((r) =>
    r.phaseTransferDue === undefined ? [] : [{ due: r.phaseTransferDue, ...(r.phaseTransferFinal === undefined ? {} : { final: r.phaseTransferFinal }) }],
  );
  const optional = {
    received: c.received,
    requestOutcome: c.requestOutcome,
    assessmentOutcome: c.assessmentOutcome,
    planStart: c.planStart,
    week20: c.week20,
    transferLA: c.transferLA,
    exported: c.exported,
    ceaseDate: c.ceaseDate,
    ceaseReason: c.ceaseReason,
  };
  const facts: Record<string, unknown> = { chain: id };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) facts[key] = value;
  return { ...(facts as { chain: string }), disputed: disputed(c), phaseTransfers };
}

/**
 * The case of one child: `caseId` is the pseudonym the caller derived (never a UPN), the date
 * of birth is kept as a month only.
 */
export function mapPerson(person: MergedPerson, caseId: string): ImportedCase {
  const b = new CaseBuilder();
  b.problems.push(...person.problems);
  person.chains.forEach((chain, i) => mapChain(b, chain, `r${i + 1}`));
  return {
    caseId,
    ...(person.birthMonth === undefined ? {} : { child: { dateOfBirth: person.birthMonth } }),
    events: b.events,
    "x-sen2": {
      ...(person.lea === undefined ? {} : { lea: person.lea }),
      years: person.years,
      chains: person.chains.map((c, i) => chainFacts(c, `r${i + 1}`)),
      problems: b.problems,
    },
  };
}
