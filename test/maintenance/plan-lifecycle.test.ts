// examples/cases/plan-lifecycle.json: from the request to the third annual review, with amendments
// and a phase transfer. Every date below is worked out by hand from the provision named beside it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Timeline, parseCaseFileOrThrow, timeline } from "../../src/index";
import { deadline, ofRule, outstanding } from "./helpers";

interface ExampleFile {
  readonly events: readonly { readonly date: string }[];
}
const file = JSON.parse(readFileSync(new URL("../../examples/cases/plan-lifecycle.json", import.meta.url), "utf8")) as ExampleFile;
const at = (asOf: string): Timeline => timeline(parseCaseFileOrThrow(file), { asOf });
/** The case as it stood on `asOf`: only the events that had happened by then. */
const asItStood = (asOf: string): Timeline => timeline(parseCaseFileOrThrow({ ...file, events: file.events.filter((e) => e.date <= asOf) }), { asOf });

describe("plan-lifecycle.json as of 1 Mar 2025", () => {
  const t = at("2025-03-01");

  it("the child, born 10 Mar 2014, moves from primary to secondary school on 1 Sep 2025", () => {
    // Regs 18(1)(b), phases of Regs 2(1). An English school year runs 1 Sep–31 Aug and takes the children
    // born in one such span: born 10 Mar 2014 (span 1 Sep 2013–31 Aug 2014), Reception from Sep 2018, Year 1
    // 2019/20 … Year 6 2024/25, so Year 7, the first year of secondary school, from 1 Sep 2025.
    const born = parseCaseFileOrThrow(file).child?.dateOfBirth ?? "";
    expect(born).toBe("2014-03-10");
    expect(born >= "2013-09-01" && born <= "2014-08-31").toBe(true);
  });

  it("has no problems and rests in plan-maintained", () => {
    expect(t.problems).toEqual([]);
    expect(t.stage).toBe("plan-maintained");
  });

  it("the assessment: request Mon 10 Jan 2022", () => {
    // Regs 5(1): 10 Jan 2022 + 6 weeks = 21 Feb 2022; decision 14 Feb: met.
    expect(deadline(t, "assessment-decision")).toMatchObject({ due: "2022-02-21", status: "met", doneOn: "2022-02-14" });
    // Regs 8(1): advice requested 15 Feb 2022 + 6 weeks = 29 Mar 2022; received 25 Mar: met.
    expect(deadline(t, "advice:EP")).toMatchObject({ due: "2022-03-29", status: "met", doneOn: "2022-03-25" });
    // Practice target: 10 Jan + 14 weeks = 18 Apr 2022; draft 25 Apr: late (practice only).
    expect(deadline(t, "draft-plan")).toMatchObject({ due: "2022-04-18", status: "late", strength: "practice" });
    // Regs 10(1): 10 Jan + 16 weeks = 2 May 2022; not applicable once a plan is made.
    expect(deadline(t, "no-plan-notice")).toMatchObject({ due: "2022-05-02", status: "not-applicable" });
    // Regs 13(1)(a): 15 days beginning with 25 Apr 2022 end 9 May 2022.
    expect(deadline(t, "draft-representations")).toMatchObject({ due: "2022-05-09", status: "closed" });
    // Regs 13(2): 10 Jan + 20 weeks = 30 May 2022; final plan 20 May: met.
    expect(deadline(t, "final-plan")).toMatchObject({ due: "2022-05-30", status: "met", doneOn: "2022-05-20" });
  });

  it("first annual review: meeting 15 Mar 2023, decision to maintain 5 Apr 2023", () => {
    // CFA s.44(1): 12 months starting with 20 May 2022 end 19 May 2023.
    expect(deadline(t, "annual-review:2023")).toMatchObject({ due: "2023-05-19", status: "met", doneOn: "2023-04-05" });
    // Regs 20(3)–(4): 15 Mar 2023 − 14 days = 1 Mar 2023; invitations 20 Feb, advice 28 Feb: met.
    expect(deadline(t, "review-invitations:2023-03-15")).toMatchObject({ due: "2023-03-01", status: "met", doneOn: "2023-02-20" });
    expect(deadline(t, "review-advice-circulated:2023-03-15")).toMatchObject({ due: "2023-03-01", status: "met", doneOn: "2023-02-28" });
    // Regs 20(9): 15 Mar + 2 weeks = 29 Mar 2023; report 24 Mar: met.
    expect(deadline(t, "review-report:2023-03-15")).toMatchObject({ due: "2023-03-29", status: "met", doneOn: "2023-03-24" });
    // Regs 20(10): 15 Mar + 4 weeks = 12 Apr 2023; decision 5 Apr: met.
    expect(deadline(t, "review-decision:2023-03-15")).toMatchObject({ due: "2023-04-12", status: "met", doneOn: "2023-04-05" });
  });

  it("second annual review: meeting 6 Mar 2024 (notes a transfer on 1 Sep 2025), decision to amend with its notice 27 Mar 2024", () => {
    // CFA s.44(1): 12 months starting with 5 Apr 2023 (the decision) end 4 Apr 2024; reviewed 27 Mar 2024.
    expect(deadline(t, "annual-review:2024")).toMatchObject({ due: "2024-04-04", status: "met", doneOn: "2024-03-27" });
    // Regs 20(3)–(4): 6 Mar 2024 − 14 days = 21 Feb 2024; invitations 14 Feb, advice 19 Feb: met.
    expect(deadline(t, "review-invitations:2024-03-06")).toMatchObject({ due: "2024-02-21", status: "met" });
    expect(deadline(t, "review-advice-circulated:2024-03-06")).toMatchObject({ due: "2024-02-21", status: "met" });
    // Regs 20(9): 6 Mar + 14 days = 20 Mar 2024; report 15 Mar: met.
    expect(deadline(t, "review-report:2024-03-06")).toMatchObject({ due: "2024-03-20", status: "met" });
    // Regs 20(10) with Devon: 6 Mar + 28 days = 3 Apr 2024; decision and amendments sent 27 Mar: met.
    expect(deadline(t, "review-decision:2024-03-06")).toMatchObject({ due: "2024-04-03", status: "met", doneOn: "2024-03-27" });
    // Regs 22(2)(c): 15 days beginning with 27 Mar 2024 end 10 Apr 2024.
    expect(deadline(t, "amendment-representations:2024-03-27")).toMatchObject({ due: "2024-04-10", status: "closed" });
    // Regs 22(3): 27 Mar 2024 + 8 weeks = 22 May 2024; amended plan 10 May: met.
    expect(deadline(t, "amended-plan:2024-03-27")).toMatchObject({ due: "2024-05-22", status: "met", doneOn: "2024-05-10" });
  });

  it("third annual review: meeting 6 Nov 2024, decision to amend with its notice 27 Nov 2024, amended plan 31 Jan 2025", () => {
    // CFA s.44(1): 12 months starting with 27 Mar 2024 end 26 Mar 2025 (key 2025); reviewed 27 Nov 2024.
    expect(deadline(t, "annual-review:2025")).toMatchObject({ due: "2025-03-26", status: "met", doneOn: "2024-11-27" });
    // Regs 20(3)–(4): 6 Nov − 14 days = 23 Oct 2024; invitations 16 Oct, advice 21 Oct: met.
    expect(deadline(t, "review-invitations:2024-11-06")).toMatchObject({ due: "2024-10-23", status: "met" });
    expect(deadline(t, "review-advice-circulated:2024-11-06")).toMatchObject({ due: "2024-10-23", status: "met" });
    // Regs 20(9): 6 Nov + 14 days = 20 Nov 2024; report 19 Nov: met.
    expect(deadline(t, "review-report:2024-11-06")).toMatchObject({ due: "2024-11-20", status: "met", doneOn: "2024-11-19" });
    // Regs 20(10): 6 Nov + 28 days = 4 Dec 2024; decision and amendments 27 Nov: met.
    expect(deadline(t, "review-decision:2024-11-06")).toMatchObject({ due: "2024-12-04", status: "met", doneOn: "2024-11-27" });
    // Regs 22(2)(c): 15 days beginning with 27 Nov 2024 end 11 Dec 2024.
    expect(deadline(t, "amendment-representations:2024-11-27")).toMatchObject({ due: "2024-12-11", status: "closed" });
    // Regs 22(3): 27 Nov 2024 + 56 days = 22 Jan 2025; amended plan 31 Jan 2025: late.
    expect(deadline(t, "amended-plan:2024-11-27")).toMatchObject({ due: "2025-01-22", status: "late", doneOn: "2025-01-31" });
  });

  it("the phase transfer on 1 Sep 2025: reviewed and amended before 15 Feb 2025", () => {
    // Regs 18(1)(b): before 15 Feb 2025 → 14 Feb 2025. The amended plan of 10 May 2024 is more than 12 months
    // before the transfer and does not count; the decision of 27 Nov 2024 was to amend, so it is the amended
    // plan of 31 Jan 2025 that satisfies it: met.
    expect(ofRule(t, "phase-transfer-review").map((d) => d.key)).toEqual(["phase-transfer-review:2025"]);
    expect(deadline(t, "phase-transfer-review:2025")).toMatchObject({ due: "2025-02-14", status: "met", doneOn: "2025-01-31" });
  });

  it("the next annual review is visible: 12 months starting with 27 Nov 2024 end 26 Nov 2025 (key 2025:2)", () => {
    expect(deadline(t, "annual-review:2025:2")).toMatchObject({ due: "2025-11-26", status: "pending", doneOn: null });
    expect(outstanding(t, "annual-review").map((d) => d.key)).toEqual(["annual-review:2025:2"]);
    expect(ofRule(t, "annual-review")).toHaveLength(4);
  });
});

describe("plan-lifecycle.json at other dates", () => {
  it("between the third review and its amended plan (10 Jan 2025): amending, amended plan pending, transfer review pending", () => {
    const t = asItStood("2025-01-10");
    expect(t.problems).toEqual([]);
    expect(t.stage).toBe("amending");
    // 22 Jan 2025 not yet passed.
    expect(deadline(t, "amended-plan:2024-11-27")).toMatchObject({ status: "pending", doneOn: null });
    expect(deadline(t, "phase-transfer-review:2025")).toMatchObject({ due: "2025-02-14", status: "pending" });
  });

  it("after 26 Nov 2025 with no fourth review, the next annual review is overdue", () => {
    expect(deadline(at("2025-11-27"), "annual-review:2025:2").status).toBe("overdue");
  });
});
