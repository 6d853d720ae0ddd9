/**
 * The SEN2 person-level return as the importer reads it: the return's header, one record per
 * person with one record per request chain (request → assessment → named plan → active plan),
 * and the issues found on the way. Nothing here holds a UPN, name or date of birth in a message.
 *
 * @module
 */

/** A node of the return read as a tree: one element (XML) or one joined row cell (Blade CSV). */
export interface Sen2Node {
  /** The element name in lower case, namespace prefix removed (SEN2 names are matched case-insensitively). */
  readonly name: string;
  /** The name as written, for messages. */
  readonly tag: string;
  text: string;
  readonly children: Sen2Node[];
  /** Where the node's items were read when that is not its XML path: a CSV file and row. */
  readonly at?: string;
}

/** Something wrong with the input, at an XML path or a CSV row and column. Never quotes a value. */
export interface ImportIssue {
  /** A stable code (docs/sen2.md § Problems). */
  readonly code: Sen2IssueCode;
  readonly severity: "error" | "warning";
  /** Where: the file, then an XML path (`Message/Persons/Person[3]/Requests[1]/ReceivedDate`) or `person.csv row 4, column upn`. */
  readonly path: string;
  readonly message: string;
}

/** Codes of the importer's issues and of the problems it writes on an imported case. */
export type Sen2IssueCode =
  | "not-xml"
  | "not-sen2-return"
  | "unsupported-year"
  | "missing-item"
  | "invalid-date"
  | "invalid-code"
  | "duplicate-person"
  | "person-skipped"
  | "conflict-between-returns"
  | "date-not-in-return"
  | "not-representable"
  | "plan-before-records"
  | "request-withdrawn"
  | "moved-out"
  | "draft-not-dated"
  | "cease-decision-not-dated";

/** The collection years whose layout the importer reads (docs/sen2.md § Years). */
export const SUPPORTED_YEARS = [2023, 2024, 2025, 2026] as const;

/** The return's header: what the collection is, for which LA and year. */
export interface Sen2Header {
  readonly year: number;
  readonly referenceDate?: string;
  readonly lea?: string;
}

/** SEN2 codes of `RequestOutcome` (Y assess, N not, A pending, W withdrawn, H historical). */
export type RequestOutcomeCode = "Y" | "N" | "A" | "W" | "H";
/** SEN2 codes of `AssessmentOutcome` (as RequestOutcome, plus S: plan after another LA's assessment). */
export type AssessmentOutcomeCode = RequestOutcomeCode | "S";

/** The latest annual review of an active plan as one return gives it. */
export interface Sen2Review {
  /** The collection year of the return it came from. */
  readonly year: number;
  readonly meeting?: string;
  readonly outcome?: "A" | "C" | "M";
  /** `LastReview`: the day the LA notified its decision after the review. */
  readonly decision?: string;
  /** `ReviewDraft` (2025+): the day the draft amended plan was issued. */
  readonly draft?: string;
  readonly phaseTransferDue?: string;
  readonly phaseTransferFinal?: string;
}

/** One request chain: a `<Requests>` element with its assessment, named plan and active plan. */
export interface Sen2Chain {
  /** Where it was read (file and path), for messages. */
  readonly where: string;
  readonly year: number;
  readonly received?: string;
  readonly requestSource?: string;
  readonly requestOutcome?: RequestOutcomeCode;
  readonly requestOutcomeDate?: string;
  readonly exported?: string;
  readonly assessmentOutcome?: AssessmentOutcomeCode;
  readonly assessmentOutcomeDate?: string;
  readonly week20?: boolean;
  /** Yes/no flags of mediation and tribunal: request, assessment, other. */
  readonly requestMediation?: boolean;
  readonly requestTribunal?: boolean;
  readonly assessmentMediation?: boolean;
  readonly assessmentTribunal?: boolean;
  readonly otherMediation?: boolean;
  readonly otherTribunal?: boolean;
  readonly planStart?: string;
  readonly ceaseDate?: string;
  readonly ceaseReason?: string;
  readonly transferLA?: string;
  readonly reviews: readonly Sen2Review[];
  /** Items that could not be read (the issue is also reported on its own). */
  readonly unreadable: readonly ImportIssue[];
}

/** How a child is recognised across returns. The key holds personal data: it is only ever hashed. */
export interface Sen2Identity {
  readonly kind: "upn" | "uln" | "upn-unknown";
  readonly key: string;
}

/** One `<Person>` of one return. */
export interface Sen2Person {
  readonly where: string;
  readonly year: number;
  readonly lea?: string;
  readonly identity: Sen2Identity;
  /** `YYYY-MM` only: the engine needs no more (case-file.md), and less is kept. */
  readonly birthMonth?: string;
  readonly chains: readonly Sen2Chain[];
  readonly unreadable: readonly ImportIssue[];
}
