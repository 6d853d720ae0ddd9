/**
 * Several years' returns of one LA into one history per child: the same child by UPN, ULN or
 * the unknown-UPN reason (with name and date of birth), the same request chain by its
 * `ReceivedDate` (by the plan's `StartDate` when a year omits it). Later returns take
 * precedence; where two returns disagree on an item, the case gets a problem naming the item
 * and the years, never the values.
 *
 * @module
 */
import type { ImportIssue, Sen2Chain, Sen2Person, Sen2Review } from "./types";

/** A string naming the child across returns. Holds personal data: hash it, never show it. */
export function identityKey(person: Sen2Person): string {
  return `${person.identity.kind}:${person.identity.key}`;
}

/** The element name of each chain item, for messages. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  received: "ReceivedDate",
  requestSource: "RequestSource",
  requestOutcome: "RequestOutcome",
  requestOutcomeDate: "RequestOutcomeDate",
  exported: "Exported",
  assessmentOutcome: "Assessment/AssessmentOutcome",
  assessmentOutcomeDate: "Assessment/AssessmentOutcomeDate",
  week20: "Assessment/Week20",
  requestMediation: "RequestMediation",
  requestTribunal: "RequestTribunal",
  assessmentMediation: "Assessment/AssessmentMediation",
  assessmentTribunal: "Assessment/AssessmentTribunal",
  otherMediation: "Assessment/OtherMediation",
  otherTribunal: "Assessment/OtherTribunal",
  planStart: "Assessment/NamedPlan/StartDate",
  ceaseDate: "Assessment/NamedPlan/CeaseDate",
  ceaseReason: "Assessment/NamedPlan/CeaseReason",
  transferLA: "ActivePlans/TransferLA",
};

/**
 * Whether a change of outcome code from an earlier return to a later one is the chain moving
 * on, not a disagreement: from `A` (not yet decided) to anything, and to `H` (the same
 * decision, now before the collection period).
 */
function progresses(earlier: unknown, later: unknown): boolean {
  return earlier === "A" || later === "H";
}

function sameChain(a: Sen2Chain, b: Sen2Chain): boolean {
  if (a.received !== undefined && b.received !== undefined) return a.received === b.received;
  return a.planStart !== undefined && a.planStart === b.planStart;
}

function mergeReviews(a: readonly Sen2Review[], b: readonly Sen2Review[]): Sen2Review[] {
  const all = [...a];
  for (const review of b) {
    const same = all.findIndex((r) => r.meeting === review.meeting && r.decision === review.decision);
    if (same < 0) all.push(review);
    else all[same] = { ...all[same], ...review };
  }
  return all;
}

function mergeChain(earlier: Sen2Chain, later: Sen2Chain, problems: ImportIssue[]): Sen2Chain {
  const merged: Record<string, unknown> = { ...earlier };
  for (const [key, value] of Object.entries(later)) {
    if (key === "reviews" || key === "unreadable" || key === "where" || key === "year" || value === undefined) continue;
    const before = merged[key];
    if (before !== undefined && before !== value) {
      if (key.endsWith("Outcome") && progresses(before, value)) {
        if (value === "H") continue; // keep the earlier, more telling code
      } else {
        problems.push({
          code: "conflict-between-returns",
          severity: "warning",
          path: `${later.where}/${ITEM_NAMES[key] ?? key}`,
          message: `the ${earlier.year} and ${later.year} returns differ on this item; the ${later.year} return's value was used`,
        });
      }
    }
    merged[key] = value;
  }
  merged["where"] = later.where;
  merged["year"] = later.year;
  merged["reviews"] = mergeReviews(earlier.reviews, later.reviews);
  merged["unreadable"] = [...earlier.unreadable, ...later.unreadable];
  return merged as unknown as Sen2Chain;
}

/** One child's returns merged, oldest first; with the conflicts found. */
export interface MergedPerson {
  readonly years: readonly number[];
  readonly lea?: string;
  readonly birthMonth?: string;
  readonly chains: readonly Sen2Chain[];
  /** Unreadable items and conflicts between returns, to write on the case. */
  readonly problems: readonly ImportIssue[];
  /** Every return's place of this child (file and XML path), for messages. */
  readonly where: readonly string[];
}

/** Merges one child's persons from several returns (any order; sorted by collection year here). */
export function mergePersons(persons: readonly Sen2Person[]): MergedPerson {
  const sorted = [...persons].sort((a, b) => a.year - b.year);
  const problems: ImportIssue[] = [];
  const chains: Sen2Chain[] = [];
  let birthMonth: string | undefined;
  let lea: string | undefined;
  for (const person of sorted) {
    problems.push(...person.unreadable);
    if (birthMonth !== undefined && person.birthMonth !== undefined && birthMonth !== person.birthMonth) {
      problems.push({
        code: "conflict-between-returns",
        severity: "warning",
        path: `${person.where}/PersonBirthDate`,
        message: "the returns differ on the month of birth; the later return's was used",
      });
    }
    birthMonth = person.birthMonth ?? birthMonth;
    lea = person.lea ?? lea;
    for (const chain of person.chains) {
      const index = chains.findIndex((c) => sameChain(c, chain));
      if (index < 0) chains.push(chain);
      else chains[index] = mergeChain(chains[index] as Sen2Chain, chain, problems);
    }
  }
  // Chains in the order the law runs them: by request date, plans without one by start date.
  chains.sort((a, b) => {
    const x = a.received ?? a.planStart ?? "";
    const y = b.received ?? b.planStart ?? "";
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return {
    years: [...new Set(sorted.map((p) => p.year))],
    ...(lea === undefined ? {} : { lea }),
    ...(birthMonth === undefined ? {} : { birthMonth }),
    chains,
    problems,
    where: sorted.map((p) => p.where),
  };
}
