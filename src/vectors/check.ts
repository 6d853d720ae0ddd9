/**
 * Conformance vectors: hand-worked cases any implementation of these rules can run in its CI.
 * A vector gives a case file, an as-of date and the expected parts of the timeline; this module
 * compares a timeline (from any implementation, as plain JSON) with those expectations.
 *
 * @module
 */

/** One expected deadline: matched by rule (and key, when given); only the fields given are compared. */
export interface ExpectedDeadline {
  readonly rule: string;
  readonly key?: string;
  readonly due?: string | null;
  readonly status?: string;
  readonly doneOn?: string | null;
  readonly indicativeDue?: string | null;
}

/** A conformance vector. */
export interface Vector {
  readonly id: string;
  readonly description: string;
  /** The provisions the expected dates come from. */
  readonly citation: string;
  readonly asOf: string;
  readonly caseFile: unknown;
  readonly expect: {
    readonly stage?: string;
    readonly deadlines: readonly ExpectedDeadline[];
    /** The exact set of problem codes expected; omitted when not checked. */
    readonly problems?: readonly string[];
  };
}

const FIELDS = ["due", "status", "doneOn", "indicativeDue"] as const;

type Actual = Record<string, unknown>;

function mismatches(expected: ExpectedDeadline, actual: Actual): string[] {
  const found: string[] = [];
  for (const field of FIELDS) {
    if (expected[field] !== undefined && actual[field] !== expected[field]) {
      found.push(`${field} ${JSON.stringify(actual[field])}, expected ${JSON.stringify(expected[field])}`);
    }
  }
  return found;
}

/**
 * The differences between a timeline and a vector's expectations; empty when it conforms.
 *
 * @example
 * const failures = checkVector(vector, JSON.parse(otherImplementationOutput));
 */
export function checkVector(vector: Vector, timeline: unknown): string[] {
  if (typeof timeline !== "object" || timeline === null) return ["the output is not a JSON object"];
  const actual = timeline as { stage?: unknown; deadlines?: unknown; problems?: unknown };
  const failures: string[] = [];
  if (vector.expect.stage !== undefined && actual.stage !== vector.expect.stage) {
    failures.push(`stage ${JSON.stringify(actual.stage)}, expected ${JSON.stringify(vector.expect.stage)}`);
  }
  const deadlines = Array.isArray(actual.deadlines) ? (actual.deadlines as Actual[]) : [];
  for (const expected of vector.expect.deadlines) {
    const label = expected.key ?? expected.rule;
    const candidates = deadlines.filter((d) => d["rule"] === expected.rule && (expected.key === undefined || d["key"] === expected.key));
    if (candidates.length === 0) {
      failures.push(`${label}: no such deadline`);
      continue;
    }
    const differences = candidates.map((d) => mismatches(expected, d));
    if (!differences.some((d) => d.length === 0)) failures.push(`${label}: ${(differences[0] ?? []).join("; ")}`);
  }
  if (vector.expect.problems !== undefined) {
    const codes = new Set(Array.isArray(actual.problems) ? (actual.problems as Actual[]).map((p) => String(p["code"])) : []);
    const expected = new Set(vector.expect.problems);
    const missing = [...expected].filter((code) => !codes.has(code));
    const extra = [...codes].filter((code) => !expected.has(code));
    if (missing.length > 0) failures.push(`problems missing: ${missing.join(", ")}`);
    if (extra.length > 0) failures.push(`problems not expected: ${extra.join(", ")}`);
  }
  return failures;
}
