// Exact duplicates among many events of one type on one day (a long run is compared in buckets
// of a hash of its fields, not pair by pair): found whatever the order of their fields, and
// events that differ in one field are both kept.
import { describe, expect, it } from "vitest";
import { parseCaseFile, timeline } from "../../src/index";

const requests = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `ask${i}`, type: "advice-requested", date: "2025-01-20", adviceId: `A${i}`, from: "psychology" }));

function problemsOf(events: Record<string, unknown>[]) {
  const parsed = parseCaseFile({
    caseId: "RUN",
    events: [
      { id: "req", type: "assessment-requested", date: "2025-01-06", by: "parent" },
      { id: "dec", type: "assessment-decision", date: "2025-01-17", outcome: "assess" },
      ...events,
    ],
  });
  if (!parsed.success) throw new Error("the case did not parse");
  return timeline(parsed.data, { asOf: "2025-02-01" }).problems.filter((p) => p.code === "duplicate-event");
}

describe("duplicates in a run of twenty advice requests on one day", () => {
  it("the 15th request repeated with its fields in another order is one duplicate, named by its own id", () => {
    const repeat = { from: "psychology", adviceId: "A14", date: "2025-01-20", type: "advice-requested", id: "again" };
    expect(problemsOf([...requests(20), repeat]).map((p) => p.eventId)).toEqual(["again"]);
  });

  it("the 3rd request repeated after the run has grown long is found too", () => {
    const events = requests(20);
    events.push({ ...(events[2] as (typeof events)[number]), id: "late-copy" });
    expect(problemsOf(events).map((p) => p.eventId)).toEqual(["late-copy"]);
  });

  it("a request that differs in one field from another of the run is kept", () => {
    const other = { id: "other", type: "advice-requested", date: "2025-01-20", adviceId: "A14", from: "health" };
    expect(problemsOf([...requests(20), other])).toEqual([]);
  });
});
