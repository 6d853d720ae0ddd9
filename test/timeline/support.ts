// Shared helpers for the timeline tests: run a case file through the public API, and check the
// contract that nothing the caller sent is dropped silently (case-file.md § Timeline: "every
// event is either used or named in a problem"). Case files themselves are built in each test
// file by small helper functions.
import { expect, it } from "vitest";
import { type Timeline, parseCaseFile, timeline } from "../../src/index";

/** An event as a caller writes it in JSON. */
export type RawEvent = Readonly<Record<string, unknown>>;

/** A case file as a caller writes it in JSON. */
export interface RawCase {
  readonly caseId: string;
  readonly events: readonly unknown[];
  readonly child?: Readonly<Record<string, unknown>>;
  readonly calendar?: Readonly<Record<string, unknown>>;
  readonly options?: Readonly<Record<string, unknown>>;
}

interface Computed {
  readonly test: string;
  readonly input: RawCase;
  readonly asOf: string;
}

/** Every case file computed in the current test file (vitest isolates modules per file). */
const computed: Computed[] = [];

/** Parses (the case file must be valid) and computes the timeline, remembering the case file. */
export function compute(input: RawCase, asOf: string, explain?: boolean): Timeline {
  const parsed = parseCaseFile(input);
  if (!parsed.success) throw new Error(`test case file does not parse: ${JSON.stringify(parsed.issues)}`);
  computed.push({ test: expect.getState().currentTestName ?? "?", input, asOf });
  return timeline(parsed.data, explain === undefined ? { asOf } : { asOf, explain });
}

/** The id the engine gives an event: the caller's, or `e<n>` for the n-th event (1-based). */
export function eventIdOf(event: unknown, index: number): string {
  const id = typeof event === "object" && event !== null ? (event as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : `e${index + 1}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The events of a case file that the timeline neither used nor named in a problem. An event is
 * used when it is a deadline's anchor or the act that did it (`doneBy`), one of the exceptions
 * applied to it, or is named in a deadline's working (the explanation names every event used);
 * otherwise a problem must name it.
 */
export function unaccountedEvents(input: RawCase, result: Timeline): string[] {
  const named = new Set<string>();
  const working: string[] = [];
  for (const d of result.deadlines) {
    named.add(d.anchor.eventId);
    if (d.doneBy !== null) named.add(d.doneBy);
    for (const id of d.exception?.events ?? []) named.add(id);
    working.push(...d.explanation);
  }
  for (const p of result.problems) if (p.eventId !== null) named.add(p.eventId);
  const text = working.join("\n");
  const missing: string[] = [];
  input.events.forEach((event, index) => {
    const id = eventIdOf(event, index);
    // An event of the caller's own type (x-…) is theirs, kept and never used.
    if (named.has(id) || String((event as { type?: unknown }).type).startsWith("x-")) return;
    if (new RegExp(`\\bevent ${escapeRegExp(id)}(?=[),;:. ]|$)`, "m").test(text)) return;
    const type = typeof event === "object" && event !== null ? String((event as { type?: unknown }).type) : "?";
    missing.push(`${id} (${type})`);
  });
  return missing;
}

/** The events of a case file, computed with its working, that are neither used nor in a problem. */
export function unaccountedIn(input: RawCase, asOf: string): string[] {
  const parsed = parseCaseFile(input);
  if (!parsed.success) throw new Error(`test case file does not parse: ${JSON.stringify(parsed.issues)}`);
  return unaccountedEvents(input, timeline(parsed.data, { asOf, explain: true }));
}

/**
 * Registers, at the end of a test file, one test that checks every case file the file computed:
 * each of its events is used or named in a problem.
 */
export function everyEventAccountedFor(): void {
  it("every event of every case file in this file is used by a deadline or named in a problem (case-file.md)", () => {
    expect(computed.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const entry of computed) {
      const key = `${JSON.stringify(entry.input)}@${entry.asOf}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const missing = unaccountedIn(entry.input, entry.asOf);
      if (missing.length > 0) failures.push(`${entry.test} [as of ${entry.asOf}]: ${missing.join(", ")}`);
    }
    expect(failures).toEqual([]);
  });
}

/** A calendar date `days` days after an ISO date, by UTC arithmetic (independent of the engine). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}
