/**
 * Synthetic EHC needs-assessment cases from a seed, for the benchmark and the batch soak run.
 * Deterministic: the same seed gives the same cases.
 */
import { formatCivilDate, parseCivilDate } from "../src/dates/civil-date";
import type { CaseFile } from "../src/schema/case-file";
import { parseCaseFile } from "../src/schema/parse";

/** A small, fast pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = parseCivilDate("2019-01-01") ?? 0;

/** One synthetic case file (plain JSON, as a caller would send it). */
export function syntheticCase(index: number, next: () => number): Record<string, unknown> {
  const day = (offset: number) => formatCivilDate(request + offset);
  const request = FIRST + Math.floor(next() * 2000);
  const decision = 20 + Math.floor(next() * 30);
  const events: Record<string, unknown>[] = [
    { type: "assessment-requested", date: day(0), by: "parent" },
    { type: "assessment-decision", date: day(decision), outcome: next() < 0.2 ? "not-assess" : "assess" },
  ];
  if ((events[1] as { outcome: string }).outcome === "assess") {
    const draft = decision + 40 + Math.floor(next() * 60);
    events.push(
      { type: "advice-requested", date: day(decision + 1), adviceId: "EP", from: "psychology" },
      { type: "advice-received", date: day(decision + 30 + Math.floor(next() * 30)), adviceId: "EP" },
      { type: "advice-requested", date: day(decision + 1), adviceId: "HEALTH", from: "health" },
      { type: "advice-received", date: day(decision + 25 + Math.floor(next() * 30)), adviceId: "HEALTH" },
      { type: "draft-plan-issued", date: day(draft) },
      { type: "final-plan-issued", date: day(draft + 16 + Math.floor(next() * 60)) },
    );
    if (next() < 0.1) events.push({ type: "exception-recorded", date: day(50), ground: "absence-from-area", from: day(40), to: day(80) });
  }
  return { caseId: `SYN-${index}`, events };
}

/** `count` synthetic case files from `seed`. */
export function syntheticCases(count: number, seed: number): Record<string, unknown>[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => syntheticCase(i, next));
}

/** The same cases, parsed as the engine takes them (each must parse). */
export function parsedSyntheticCases(raw: readonly Record<string, unknown>[]): CaseFile[] {
  return raw.map((one) => {
    const result = parseCaseFile(one);
    if (!result.success) throw new Error("a synthetic case did not parse");
    return result.data;
  });
}
