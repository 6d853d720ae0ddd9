// Ceasing to maintain a plan (rules.md § 5: cease-not-before, CFA s.45(4) with the appeal limit of
// HESC Rules r.20(1)(c) and r.12 (§ 6); CFA s.46, the academic year in which the young person turns 25).
// Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, assessmentEndingOn, deadline, problemCodes, review, run } from "./helpers";

const plan = assessmentEndingOn("2024-05-20");
const decidedOn = (date: string): Ev => ({ id: "cease", type: "cease-decision", date });
const ceasedOn = (date: string): Ev => ({ id: "ceased", type: "plan-ceased", date });

describe("cease-not-before: the day after the time to appeal has passed", () => {
  it("decision Tue 14 Jan 2025: appeal to Fri 14 Mar 2025, so the plan may cease from Sat 15 Mar 2025", () => {
    // r.20(1)(c): 2 months after 14 Jan 2025 = 14 Mar 2025, a working day outside August and 25 Dec–1 Jan,
    // so r.12 changes nothing. Earliest lawful ceasing: the day after, 15 Mar 2025.
    const t = run([...plan, decidedOn("2025-01-14")], "2025-01-15");
    const d = deadline(t, "cease-not-before");
    expect(d).toMatchObject({ due: "2025-03-15", status: "open", counting: "months-after(2)", strength: "statutory" });
    expect(d.citation).toContain("s.45(4)");
    expect(t.stage).toBe("ceasing");
  });

  it("is open until 14 Mar and closed from 15 Mar 2025", () => {
    expect(deadline(run([...plan, decidedOn("2025-01-14")], "2025-03-14"), "cease-not-before").status).toBe("open");
    expect(deadline(run([...plan, decidedOn("2025-01-14")], "2025-03-15"), "cease-not-before").status).toBe("closed");
  });

  it("a plan ceased on 14 Mar 2025 → problem ceased-too-early; on 15 Mar 2025 → none", () => {
    const early = run([...plan, decidedOn("2025-01-14"), ceasedOn("2025-03-14")], "2025-03-20");
    const p = early.problems.find((x) => x.code === "ceased-too-early");
    expect(p).toMatchObject({ severity: "error", eventId: "ceased" });
    expect(p?.detail).toContain("2025-03-15");
    expect(early.stage).toBe("ceased");

    const lawful = run([...plan, decidedOn("2025-01-14"), ceasedOn("2025-03-15")], "2025-03-20");
    expect(problemCodes(lawful)).not.toContain("ceased-too-early");
    expect(lawful.stage).toBe("ceased");
    // A lawful ceasing is still accounted for: the working of the earliest lawful day names it.
    expect(deadline(lawful, "cease-not-before").explanation).toContain("Plan ceased: Saturday 15 March 2025 (2025-03-15) (event ceased).");
  });

  it("a review decision to cease opens the same protection", () => {
    const t = run([...plan, ...review("2025-01-06", "2025-01-14", "cease", "r1")], "2025-01-15");
    // 14 Jan 2025 + 2 months = 14 Mar 2025; the day after: 15 Mar 2025.
    expect(deadline(t, "cease-not-before").due).toBe("2025-03-15");
    expect(deadline(t, "review-decision:2025-01-06")).toMatchObject({ status: "met", doneOn: "2025-01-14" });
    expect(t.stage).toBe("ceasing");
  });

  it("once ceased, a review not yet due no longer applies; one already overdue stays overdue", () => {
    // Plan 20 May 2024: 12 months starting with it end 19 May 2025, after the plan ceased (15 Mar 2025).
    const notDue = run([...plan, decidedOn("2025-01-14"), ceasedOn("2025-03-15")], "2025-06-01");
    expect(deadline(notDue, "annual-review:2025").status).toBe("not-applicable");
    // Plan 20 May 2023: the period ended 19 May 2024 with no review, before the plan ceased.
    const missed = run([...assessmentEndingOn("2023-05-20"), decidedOn("2025-01-14"), ceasedOn("2025-03-15")], "2025-06-01");
    expect(deadline(missed, "annual-review:2024")).toMatchObject({ due: "2024-05-19", status: "overdue" });
  });

  it("a plan ceased with no decision to cease is reported", () => {
    const t = run([...plan, ceasedOn("2025-03-20")], "2025-03-21");
    expect(problemCodes(t)).toContain("ceased-without-decision");
  });
});

describe("cease-not-before with the Tribunal's day rules (HESC Rules r.12, appeals ending on or after 21 Jul 2020)", () => {
  it("period ending on Sat 10 May 2025 runs to Mon 12 May, so not before Tue 13 May 2025", () => {
    // 10 Mar 2025 + 2 months = Sat 10 May 2025; r.12: a period ending on a non-working day ends on the next
    // working day, Mon 12 May 2025 (the May bank holiday was 5 May). Earliest ceasing: Tue 13 May 2025.
    const t = run([...plan, decidedOn("2025-03-10")], "2025-03-11");
    expect(deadline(t, "cease-not-before").due).toBe("2025-05-13");
  });

  it("a plan ceased on Mon 12 May 2025, while an appeal could still be lodged → ceased-too-early", () => {
    const t = run([...plan, decidedOn("2025-03-10"), ceasedOn("2025-05-12")], "2025-05-20");
    expect(problemCodes(t)).toContain("ceased-too-early");
  });

  it("period ending in August (Sat 30 Aug 2025) runs to Mon 1 Sep 2025, so not before Tue 2 Sep 2025", () => {
    // counting.md worked example: 30 Jun 2025 + 2 months = 30 Aug 2025, in August → first working day after
    // 31 August, Mon 1 Sep 2025. Earliest ceasing: Tue 2 Sep 2025.
    const t = run([...plan, decidedOn("2025-06-30")], "2025-07-01");
    expect(deadline(t, "cease-not-before").due).toBe("2025-09-02");
  });

  it("period ending between 25 Dec and 1 Jan (Sat 28 Dec 2024) runs to Thu 2 Jan 2025, so not before Fri 3 Jan 2025", () => {
    // 28 Oct 2024 + 2 months = Sat 28 Dec 2024 → the first working day after 1 Jan 2025 (a bank holiday), Thu 2 Jan.
    const t = run([...plan, decidedOn("2024-10-28")], "2024-10-29");
    expect(deadline(t, "cease-not-before").due).toBe("2025-01-03");
  });
});

describe("the end of the academic year in which the young person turns 25 (CFA s.46)", () => {
  // A young person's plan, made 20 May 2024.
  it("born 10 May 2000 (25 on 10 May 2025): no problem on 31 Jul 2025; plan-beyond-age-25 from 1 Aug 2025", () => {
    // The academic year in which they turn 25 ends 31 Jul 2025.
    const inTime = run(plan, "2025-07-31", { dateOfBirth: "2000-05-10" });
    expect(problemCodes(inTime)).not.toContain("plan-beyond-age-25");
    const beyond = run(plan, "2025-08-01", { dateOfBirth: "2000-05-10" });
    const p = beyond.problems.find((x) => x.code === "plan-beyond-age-25");
    expect(p).toMatchObject({ severity: "error" });
    expect(p?.detail).toContain("2025-07-31");
  });

  it("born 10 Sep 2000 (25 on 10 Sep 2025): the academic year 2025/26 ends 31 Jul 2026", () => {
    expect(problemCodes(run(plan, "2025-09-15", { dateOfBirth: "2000-09-10" }))).not.toContain("plan-beyond-age-25");
    expect(problemCodes(run(plan, "2026-07-31", { dateOfBirth: "2000-09-10" }))).not.toContain("plan-beyond-age-25");
    expect(problemCodes(run(plan, "2026-08-01", { dateOfBirth: "2000-09-10" }))).toContain("plan-beyond-age-25");
  });

  it("born 31 Jul 2000: turns 25 on the last day of the academic year, which ends that day", () => {
    expect(problemCodes(run(plan, "2025-07-31", { dateOfBirth: "2000-07-31" }))).not.toContain("plan-beyond-age-25");
    expect(problemCodes(run(plan, "2025-08-01", { dateOfBirth: "2000-07-31" }))).toContain("plan-beyond-age-25");
  });

  it("a date of birth given as a month (2000-07): the academic year ends 31 Jul 2025 whatever the day", () => {
    expect(problemCodes(run(plan, "2025-07-31", { dateOfBirth: "2000-07" }))).not.toContain("plan-beyond-age-25");
    expect(problemCodes(run(plan, "2025-08-01", { dateOfBirth: "2000-07" }))).toContain("plan-beyond-age-25");
  });

  it("a plan ceased in time is not reported", () => {
    const events = [...plan, decidedOn("2025-05-01"), ceasedOn("2025-07-15")];
    // 1 May 2025 + 2 months = Tue 1 Jul 2025 (working day); earliest ceasing 2 Jul 2025; ceased 15 Jul.
    const t = run(events, "2025-09-01", { dateOfBirth: "2000-05-10" });
    expect(problemCodes(t)).not.toContain("plan-beyond-age-25");
    expect(problemCodes(t)).not.toContain("ceased-too-early");
  });
});
