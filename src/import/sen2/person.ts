/**
 * A `<Person>` read as a tree (from the XML, or from joined Blade CSV rows) into a typed
 * record. Every element is optional and matched case-insensitively; unknown elements are
 * ignored (new ones appear every year); an item that cannot be read is reported at its path
 * and left out, never guessed. No message quotes a value.
 *
 * @module
 */
import { parseCivilDate } from "../../dates/civil-date";
import type { AssessmentOutcomeCode, ImportIssue, RequestOutcomeCode, Sen2Chain, Sen2Header, Sen2Identity, Sen2Node, Sen2Person, Sen2Review, Sen2IssueCode } from "./types";

const MONTHS: Readonly<Record<string, string>> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  oct: "10",
  nov: "11",
  dec: "12",
};

/**
 * A SEN2 date: ISO `YYYY-MM-DD` (XML `xs:date`, maybe with a time or zone after it) or the
 * Blade CSV form `2022-Sep-28 00:00:00`. `null` when it is neither or the day does not exist.
 */
export function readSen2Date(text: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]|Z|[+-]\d{2}:\d{2}$)/.exec(text);
  const blade = iso === null ? /^(\d{4})-([A-Za-z]{3})-(\d{2})(?:$| )/.exec(text) : null;
  let date: string | null = iso?.[1] ?? null;
  if (blade !== null) {
    const month = MONTHS[(blade[2] ?? "").toLowerCase()];
    date = month === undefined ? null : `${blade[1] ?? ""}-${month}-${blade[3] ?? ""}`;
  }
  return date !== null && parseCivilDate(date) !== null ? date : null;
}

/** A yes/no item: `1`/`0`, `true`/`false` in any case. */
function readYesNo(text: string): boolean | null {
  const t = text.toLowerCase();
  if (t === "1" || t === "true" || t === "y") return true;
  if (t === "0" || t === "false" || t === "n") return false;
  return null;
}

/** Reads items of one node, collecting issues with their paths. */
class ItemReader {
  constructor(
    private readonly issues: ImportIssue[],
    private readonly severityOfBadItem: "error" | "warning" = "error",
  ) {}

  issue(code: Sen2IssueCode, path: string, message: string): void {
    this.issues.push({ code, severity: this.severityOfBadItem, path, message });
  }

  /** Where an item is: its XML path, or its CSV row and column. */
  at(node: Sen2Node, name: string, path: string): string {
    return node.at === undefined ? `${path}/${name}` : `${node.at}, column ${name.toLowerCase()}`;
  }

  /** The text of the first child called `name` (case-insensitive); `undefined` when absent or empty. */
  text(node: Sen2Node, name: string): string | undefined {
    const child = findChild(node, name);
    const value = child?.text.trim();
    return value === undefined || value === "" ? undefined : value;
  }

  date(node: Sen2Node, name: string, path: string): string | undefined {
    const text = this.text(node, name);
    if (text === undefined) return undefined;
    const date = readSen2Date(text);
    if (date === null) this.issue("invalid-date", this.at(node, name, path), "is not a date YYYY-MM-DD (or YYYY-Mon-DD); the item was left out");
    return date ?? undefined;
  }

  yesNo(node: Sen2Node, name: string, path: string): boolean | undefined {
    const text = this.text(node, name);
    if (text === undefined) return undefined;
    const value = readYesNo(text);
    if (value === null) this.issue("invalid-code", this.at(node, name, path), "is not a yes/no value (1, 0, true or false); the item was left out");
    return value ?? undefined;
  }

  code<T extends string>(node: Sen2Node, name: string, path: string, codes: readonly T[]): T | undefined {
    const text = this.text(node, name)?.toUpperCase();
    if (text === undefined) return undefined;
    if ((codes as readonly string[]).includes(text)) return text as T;
    this.issue("invalid-code", this.at(node, name, path), `is not one of the codes ${codes.join(", ")}; the item was left out`);
    return undefined;
  }

  pattern(node: Sen2Node, name: string, path: string, pattern: RegExp, what: string): string | undefined {
    const text = this.text(node, name);
    if (text === undefined) return undefined;
    if (pattern.test(text)) return text;
    this.issue("invalid-code", this.at(node, name, path), `is not ${what}; the item was left out`);
    return undefined;
  }
}

/** The first child called `name` (lower case). */
export function findChild(node: Sen2Node, name: string): Sen2Node | undefined {
  const lower = name.toLowerCase();
  return node.children.find((c) => c.name === lower);
}

function children(node: Sen2Node, name: string): Sen2Node[] {
  const lower = name.toLowerCase();
  return node.children.filter((c) => c.name === lower);
}

const REQUEST_OUTCOMES = ["Y", "N", "A", "W", "H"] as const satisfies readonly RequestOutcomeCode[];
const ASSESSMENT_OUTCOMES = ["Y", "N", "A", "W", "H", "S"] as const satisfies readonly AssessmentOutcomeCode[];
const LA_CODE = /^\d{3}$/;

/** The header of a return: `Collection` must be SEN2 and `Year` a year read (the caller checks which). */
export function readHeader(header: Sen2Node, where: string): { header: Sen2Header } | { issue: ImportIssue } {
  const details = findChild(header, "CollectionDetails");
  const source = findChild(header, "Source");
  const path = `${where}Message/Header/CollectionDetails`;
  const collection = details === undefined ? undefined : findChild(details, "Collection")?.text.trim();
  if (collection?.toUpperCase() !== "SEN2") {
    return {
      issue: { code: "not-sen2-return", severity: "error", path: `${path}/Collection`, message: "is not SEN2: the file is not a SEN2 return; nothing was imported from it" },
    };
  }
  const yearText = details === undefined ? undefined : findChild(details, "Year")?.text.trim();
  if (yearText === undefined || !/^\d{4}$/.test(yearText)) {
    return {
      issue: {
        code: "missing-item",
        severity: "error",
        path: `${path}/Year`,
        message: "is missing or not a year: the collection year decides the layout; nothing was imported from the file",
      },
    };
  }
  const issues: ImportIssue[] = [];
  const items = new ItemReader(issues);
  const referenceDate = details === undefined ? undefined : items.date(details, "ReferenceDate", path);
  const lea = source === undefined ? undefined : items.pattern(source, "LEA", `${where}Message/Header/Source`, LA_CODE, "a 3-digit LA code");
  return { header: { year: Number(yearText), ...(referenceDate === undefined ? {} : { referenceDate }), ...(lea === undefined ? {} : { lea }) } };
}

function readReview(items: ItemReader, active: Sen2Node, path: string, year: number): Sen2Review | undefined {
  const meeting = items.date(active, "ReviewMeeting", path);
  const decision = items.date(active, "LastReview", path);
  const outcome = items.code(active, "ReviewOutcome", path, ["A", "C", "M"] as const);
  const draft = items.date(active, "ReviewDraft", path);
  const phaseTransferDue = items.date(active, "PhaseTransferDueDate", path);
  const phaseTransferFinal = items.date(active, "PhaseTransferFinalDate", path);
  const review: Sen2Review = {
    year,
    ...(meeting === undefined ? {} : { meeting }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(decision === undefined ? {} : { decision }),
    ...(draft === undefined ? {} : { draft }),
    ...(phaseTransferDue === undefined ? {} : { phaseTransferDue }),
    ...(phaseTransferFinal === undefined ? {} : { phaseTransferFinal }),
  };
  return Object.keys(review).length > 1 ? review : undefined;
}

type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Drops `undefined` values, so that optional fields are absent (exactOptionalPropertyTypes). */
function defined<T extends object>(record: Loose<T>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}

function readChain(request: Sen2Node, path: string, where: string, year: number, issues: ImportIssue[]): Sen2Chain {
  const own: ImportIssue[] = [];
  const items = new ItemReader(own);
  const assessment = findChild(request, "Assessment");
  const aPath = `${path}/Assessment`;
  const plan = assessment === undefined ? undefined : findChild(assessment, "NamedPlan");
  const pPath = `${aPath}/NamedPlan`;
  const active = findChild(request, "ActivePlans");
  const actPath = `${path}/ActivePlans`;
  const review = active === undefined ? undefined : readReview(items, active, actPath, year);
  const chain = defined<Sen2Chain>({
    where: `${where}${path}`,
    year,
    received: items.date(request, "ReceivedDate", path),
    requestSource: items.code(request, "RequestSource", path, ["1", "2", "3", "4", "5"] as const),
    requestOutcome: items.code(request, "RequestOutcome", path, REQUEST_OUTCOMES),
    requestOutcomeDate: items.date(request, "RequestOutcomeDate", path),
    requestMediation: items.yesNo(request, "RequestMediation", path),
    requestTribunal: items.yesNo(request, "RequestTribunal", path),
    exported: items.pattern(request, "Exported", path, LA_CODE, "a 3-digit LA code"),
    assessmentOutcome: assessment === undefined ? undefined : items.code(assessment, "AssessmentOutcome", aPath, ASSESSMENT_OUTCOMES),
    assessmentOutcomeDate: assessment === undefined ? undefined : items.date(assessment, "AssessmentOutcomeDate", aPath),
    assessmentMediation: assessment === undefined ? undefined : items.yesNo(assessment, "AssessmentMediation", aPath),
    assessmentTribunal: assessment === undefined ? undefined : items.yesNo(assessment, "AssessmentTribunal", aPath),
    otherMediation: assessment === undefined ? undefined : items.yesNo(assessment, "OtherMediation", aPath),
    otherTribunal: assessment === undefined ? undefined : items.yesNo(assessment, "OtherTribunal", aPath),
    week20: assessment === undefined ? undefined : items.yesNo(assessment, "Week20", aPath),
    planStart: plan === undefined ? undefined : items.date(plan, "StartDate", pPath),
    ceaseDate: plan === undefined ? undefined : items.date(plan, "CeaseDate", pPath),
    ceaseReason: plan === undefined ? undefined : items.code(plan, "CeaseReason", pPath, ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const),
    transferLA: active === undefined ? undefined : items.pattern(active, "TransferLA", actPath, LA_CODE, "a 3-digit LA code"),
    reviews: review === undefined ? [] : [review],
    unreadable: own,
  });
  const located = own.map((issue) => ({ ...issue, path: `${where}${issue.path}` }));
  issues.push(...located);
  return { ...chain, unreadable: located };
}

const UPN = /^[A-Za-z]\d{12}$|^[A-Za-z]\d{11}[A-Za-z]$/;
const ULN = /^\d{10}$/;

/**
 * A person of a return. `where` prefixes every path (the file name and a colon); `path` is the
 * person's own (`Message/Persons/Person[3]`). `null`, with an issue, when the child cannot be
 * identified or has no request: such a person cannot be imported.
 */
export function readPerson(node: Sen2Node, path: string, where: string, header: Sen2Header, issues: ImportIssue[]): Sen2Person | null {
  const own: ImportIssue[] = [];
  const items = new ItemReader(own);
  const upn = items.pattern(node, "UPN", path, UPN, "a UPN (a letter, 11 digits, then a digit or a letter)");
  const uln = items.pattern(node, "UniqueLearnerNumber", path, ULN, "a ULN (10 digits)");
  const unknown = items.pattern(node, "UPNunknown", path, /^UN([1-9]|10)$/i, "an unknown-UPN reason UN1 to UN10");
  const birth = items.date(node, "PersonBirthDate", path);
  issues.push(...own.map((issue) => ({ ...issue, path: `${where}${issue.path}` })));
  let identity: Sen2Identity | null = null;
  if (upn !== undefined) identity = { kind: "upn", key: upn.toUpperCase() };
  else if (uln !== undefined) identity = { kind: "uln", key: uln };
  else if (unknown !== undefined) {
    // No national number: the reason with the name and date of birth (sen2.md § 1.2).
    const name = `${items.text(node, "Surname") ?? ""}|${items.text(node, "Forename") ?? ""}`.toUpperCase();
    identity = { kind: "upn-unknown", key: `${unknown.toUpperCase()}|${name}|${birth ?? ""}` };
  }
  if (identity === null) {
    const at = node.at === undefined ? `${path}/UPN` : `${node.at}, columns upn, uniquelearnernumber, upnunknown`;
    issues.push({
      code: "missing-item",
      severity: "error",
      path: `${where}${at}`,
      message: "none of UPN, UniqueLearnerNumber or UPNunknown can be read, so the child cannot be identified; the person was skipped",
    });
    return null;
  }
  const requests = children(node, "Requests");
  if (requests.length === 0) {
    const at = node.at === undefined ? `${path}/Requests` : `${node.at}: no row of requests.csv`;
    issues.push({ code: "missing-item", severity: "error", path: `${where}${at}`, message: "is required (at least one request chain per person); the person was skipped" });
    return null;
  }
  const chains = requests.map((request, i) => readChain(request, `${path}/Requests[${i + 1}]`, where, header.year, issues));
  return {
    where: `${where}${path}`,
    year: header.year,
    ...(header.lea === undefined ? {} : { lea: header.lea }),
    identity,
    ...(birth === undefined ? {} : { birthMonth: birth.slice(0, 7) }),
    chains,
    unreadable: own.map((issue) => ({ ...issue, path: `${where}${issue.path}` })),
  };
}
