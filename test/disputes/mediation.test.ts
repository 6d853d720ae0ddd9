// Mediation (rules.md § 6, § 7): the certificate (Regs 34(1), 39(1), 39(3)), arranging mediation
// (Regs 36(2)), notice of its date (Regs 37(2)) and agreements (Regs 42). Dates by hand in the comments.
import { describe, expect, it } from "vitest";
import { everyEventAccountedFor } from "../timeline/support";
import { type Ev, codes, deadline, keysOf, refusedAssessment, refusedPlan, run } from "./helpers";

// Request Tue 5 Nov 2024; decision not to assess Tue 17 Dec 2024 (+42 days): appeal by Mon 17 Feb 2025.
const decided = refusedAssessment("2024-11-05", "2024-12-17");
const wants = (date: string, id = "c1"): Ev => ({ id, type: "mediation-adviser-contacted", date, wantsMediation: true });
const declines = (date: string, id = "c1"): Ev => ({ id, type: "mediation-adviser-contacted", date, wantsMediation: false });
const held = (date: string): Ev => ({ id: "held", type: "mediation-held", date });
const certificate = (date: string): Ev => ({ id: "cert", type: "mediation-certificate-issued", date });

describe("mediation declined (Regs 34(1)): the certificate within 3 working days", () => {
  it("counting.md: told Fri 20 Dec 2024 → Fri 27 Dec 2024 (skips 21–22 Dec, Christmas Day, Boxing Day)", () => {
    const t = run([...decided, declines("2024-12-20")], "2024-12-21");
    const d = deadline(t, "mediation-certificate");
    expect(d).toMatchObject({ due: "2024-12-27", status: "pending", owner: "mediation-adviser", counting: "working-days-after(3)" });
    const working = d.explanation.join(" ");
    expect(working).toContain("Christmas Day");
    expect(working).toContain("Boxing Day");
    expect(working).toContain("Regs 34(1)");
    // Declining mediation opens no mediation: no dispute is open.
    expect(t.dispute).toBeNull();
    expect(deadline(t, "mediation-contact:no")).toMatchObject({ status: "met", doneBy: "c1" });
  });

  it("issued Mon 30 Dec 2024 → late; issued Fri 27 Dec → met", () => {
    expect(deadline(run([...decided, declines("2024-12-20"), certificate("2024-12-30")], "2025-01-02"), "mediation-certificate").status).toBe("late");
    expect(deadline(run([...decided, declines("2024-12-20"), certificate("2024-12-27")], "2025-01-02"), "mediation-certificate").status).toBe("met");
  });
});

describe("mediation wanted (Regs 36(2)) and held (Regs 39(1))", () => {
  it("told Mon 6 Jan 2025 → arranged by Wed 5 Feb 2025 (30 days after); the dispute is 'mediation'", () => {
    const t = run([...decided, wants("2025-01-06")], "2025-01-07");
    expect(deadline(t, "mediation-arranged")).toMatchObject({ due: "2025-02-05", status: "pending", owner: "local-authority" });
    expect(t.dispute).toBe("mediation");
    expect(t.stage).toBe("not-assessing");
  });

  it("held Mon 3 Feb 2025 → arranged in time; certificate due Thu 6 Feb 2025 (3 working days)", () => {
    const t = run([...decided, wants("2025-01-06"), held("2025-02-03")], "2025-02-04");
    expect(deadline(t, "mediation-arranged")).toMatchObject({ status: "met", doneBy: "held" });
    expect(deadline(t, "mediation-certificate")).toMatchObject({ due: "2025-02-06", anchor: { eventId: "held" } });
    expect(t.dispute).toBe("mediation");
  });

  it("certificate Wed 5 Feb 2025: met, the dispute closes, and the appeal runs to Wed 5 Mar 2025 (1 month, later than 17 Feb)", () => {
    const t = run([...decided, wants("2025-01-06"), held("2025-02-03"), certificate("2025-02-05")], "2025-02-06");
    expect(deadline(t, "mediation-certificate").status).toBe("met");
    expect(deadline(t, "appeal:no").due).toBe("2025-03-05");
    expect(t.dispute).toBeNull();
  });

  it("held Mon 10 Feb 2025 → arranged late", () => {
    const t = run([...decided, wants("2025-01-06"), held("2025-02-10")], "2025-02-11");
    expect(deadline(t, "mediation-arranged")).toMatchObject({ status: "late", doneOn: "2025-02-10" });
  });

  it("a certificate while mediation is still awaited, with no notice from the LA recorded: no problem, the appeal extends", () => {
    // With no mediation-not-arranged event (Regs 39(3)), no certificate duty is dated for it.
    const t = run([...decided, wants("2025-01-06"), certificate("2025-02-07")], "2025-02-10");
    expect(codes(t)).toEqual([]);
    // Fri 7 Feb 2025 + 1 month = Fri 7 Mar 2025, later than Mon 17 Feb.
    expect(deadline(t, "appeal:no").due).toBe("2025-03-07");
    expect(deadline(t, "mediation-arranged").status).toBe("overdue");
    expect(keysOf(t, "mediation-certificate")).toEqual([]);
  });
});

describe("Regs 33 is not a Tribunal limit: r.12 does not move it", () => {
  it("decision Mon 30 Jun 2025: contact due Sat 30 Aug 2025; contact on Mon 1 Sep is late while the appeal that day is in time", () => {
    const t = run([...refusedAssessment("2025-05-19", "2025-06-30"), declines("2025-09-01"), { id: "ap", type: "appeal-lodged", date: "2025-09-01" }], "2025-09-02");
    expect(deadline(t, "mediation-contact:no")).toMatchObject({ due: "2025-08-30", status: "late" });
    expect(deadline(t, "appeal:no")).toMatchObject({ due: "2025-09-01", status: "met" });
  });
});

describe("events that do not fit are named in a problem", () => {
  it("a certificate with no contact → certificate-without-contact (warning); it still extends the appeal", () => {
    const t = run([...decided, certificate("2025-02-07")], "2025-02-10");
    expect(t.problems.find((p) => p.eventId === "cert")).toMatchObject({ code: "certificate-without-contact", severity: "warning" });
    expect(deadline(t, "appeal:no").due).toBe("2025-03-07");
  });

  it("mediation held with no request → mediation-not-requested; its certificate is still due", () => {
    const t = run([...decided, held("2025-02-03")], "2025-02-04");
    expect(codes(t)).toContain("mediation-not-requested");
    expect(deadline(t, "mediation-certificate").due).toBe("2025-02-06");
  });

  it("a contact with no appealable decision → no-appealable-decision; the certificate duty is still dated", () => {
    const t = run([declines("2024-12-20")], "2024-12-21");
    expect(codes(t)).toEqual(["no-appealable-decision"]);
    expect(deadline(t, "mediation-certificate").due).toBe("2024-12-27");
  });
});

describe("the LA cannot arrange mediation in time (Regs 39(3)): the certificate within 3 working days of its notice", () => {
  const notArranged = (date: string): Ev => ({ id: "na", type: "mediation-not-arranged", date });

  it("notice Fri 31 Jan 2025 → certificate due Wed 5 Feb 2025 (Mon 3, Tue 4, Wed 5 Feb); the dispute stays 'mediation'", () => {
    const t = run([...decided, wants("2025-01-06"), notArranged("2025-01-31")], "2025-02-01");
    const d = deadline(t, "mediation-certificate");
    expect(d).toMatchObject({ due: "2025-02-05", status: "pending", owner: "mediation-adviser", anchor: { eventId: "na" } });
    expect(d.explanation.join(" ")).toContain("Regs 39(3)");
    expect(t.dispute).toBe("mediation");
    expect(codes(t)).toEqual([]);
  });

  it("issued Wed 5 Feb → met, the dispute closes, appeal to Wed 5 Mar 2025; issued Fri 7 Feb → late", () => {
    const met = run([...decided, wants("2025-01-06"), notArranged("2025-01-31"), certificate("2025-02-05")], "2025-02-06");
    expect(deadline(met, "mediation-certificate")).toMatchObject({ status: "met", doneBy: "cert" });
    expect(met.dispute).toBeNull();
    // HESC Rules r.20(1)(c)(ii): Wed 5 Feb 2025 + 1 month = Wed 5 Mar 2025, later than Mon 17 Feb; a working day.
    expect(deadline(met, "appeal:no").due).toBe("2025-03-05");
    const late = run([...decided, wants("2025-01-06"), notArranged("2025-01-31"), certificate("2025-02-07")], "2025-02-10");
    expect(deadline(late, "mediation-certificate")).toMatchObject({ status: "late", doneOn: "2025-02-07" });
    // Regs 36(2): the LA's notice does not meet its own 30 days (due Wed 5 Feb 2025).
    expect(deadline(late, "mediation-arranged").status).toBe("overdue");
  });

  it("over Easter: notice Thu 17 Apr 2025 → Thu 24 Apr 2025 (Good Friday 18 Apr, Easter Monday 21 Apr not working days)", () => {
    // Decision not to assess Mon 3 Mar 2025 (request Mon 20 Jan + 42 days); mediation wanted Mon 24 Mar 2025.
    const t = run([...refusedAssessment("2025-01-20", "2025-03-03"), wants("2025-03-24"), notArranged("2025-04-17")], "2025-04-18");
    expect(deadline(t, "mediation-certificate").due).toBe("2025-04-24");
  });

  it("with no request for mediation → mediation-step-not-requested (warning); the certificate is still dated", () => {
    const t = run([...decided, notArranged("2025-01-31")], "2025-02-01");
    expect(t.problems.find((p) => p.eventId === "na")).toMatchObject({ code: "mediation-step-not-requested", severity: "warning" });
    expect(deadline(t, "mediation-certificate").due).toBe("2025-02-05");
  });
});

describe("notice of the mediation's date (Regs 37(2)): at least 5 working days before it", () => {
  const notified = (date: string, mediationDate: string, id = "dn"): Ev => ({ id, type: "mediation-date-notified", date, mediationDate });

  it("mediation Mon 3 Feb 2025 → notice by Mon 27 Jan 2025 (Fri 31, Thu 30, Wed 29, Tue 28, Mon 27 Jan); given that day → met", () => {
    const t = run([...decided, wants("2025-01-06"), notified("2025-01-27", "2025-02-03")], "2025-01-28");
    expect(deadline(t, "mediation-date-notice:2025-02-03")).toMatchObject({
      due: "2025-01-27",
      status: "met",
      doneBy: "dn",
      owner: "local-authority",
      counting: "at-least-before(5 working days)",
    });
    expect(codes(t)).toEqual([]);
  });

  it("given Tue 28 Jan for Mon 3 Feb → late; the mediation held that day adds no second notice duty", () => {
    const t = run([...decided, wants("2025-01-06"), notified("2025-01-28", "2025-02-03"), held("2025-02-03")], "2025-02-04");
    expect(deadline(t, "mediation-date-notice:2025-02-03")).toMatchObject({ status: "late", doneOn: "2025-01-28" });
    expect(keysOf(t, "mediation-date-notice")).toEqual(["mediation-date-notice:2025-02-03"]);
  });

  it("over a bank holiday: mediation Tue 6 May 2025 → notice by Mon 28 Apr 2025 (Mon 5 May, Early May bank holiday, not counted)", () => {
    // Working days before Tue 6 May: Fri 2, Thu 1 May, Wed 30, Tue 29, Mon 28 Apr 2025.
    const t = run([...refusedAssessment("2025-01-20", "2025-03-03"), wants("2025-04-07"), notified("2025-04-29", "2025-05-06")], "2025-04-30");
    expect(deadline(t, "mediation-date-notice:2025-05-06")).toMatchObject({ due: "2025-04-28", status: "late" });
  });

  it("a mediation held with no notice of its date recorded: the duty runs back from the day held, Mon 3 Feb → Mon 27 Jan 2025", () => {
    const t = run([...decided, wants("2025-01-06"), held("2025-02-03")], "2025-02-04");
    expect(deadline(t, "mediation-date-notice:2025-02-03")).toMatchObject({ due: "2025-01-27", status: "overdue", doneBy: null, anchor: { eventId: "held" } });
  });

  it("rearranged: notices for Mon 27 Jan (given Mon 20 Jan) and for Mon 3 Feb (given Mon 27 Jan) are each met", () => {
    // Mon 27 Jan − 5 working days = Mon 20 Jan 2025 (Fri 24, Thu 23, Wed 22, Tue 21, Mon 20).
    const t = run(
      [...decided, wants("2025-01-06"), notified("2025-01-20", "2025-01-27", "dn1"), notified("2025-01-27", "2025-02-03", "dn2"), held("2025-02-03")],
      "2025-02-04",
    );
    expect(deadline(t, "mediation-date-notice:2025-01-27")).toMatchObject({ due: "2025-01-20", status: "met", doneBy: "dn1" });
    expect(deadline(t, "mediation-date-notice:2025-02-03")).toMatchObject({ due: "2025-01-27", status: "met", doneBy: "dn2" });
  });

  it("the same date notified twice → mediation-date-already-notified (warning) on the second; the first meets the duty", () => {
    const t = run([...decided, wants("2025-01-06"), notified("2025-01-27", "2025-02-03", "dn1"), notified("2025-01-29", "2025-02-03", "dn2")], "2025-01-30");
    expect(deadline(t, "mediation-date-notice:2025-02-03")).toMatchObject({ due: "2025-01-27", status: "met", doneBy: "dn1" });
    expect(t.problems).toEqual([expect.objectContaining({ code: "mediation-date-already-notified", eventId: "dn2", severity: "warning" })]);
  });

  it("with no request for mediation → mediation-step-not-requested (warning)", () => {
    const t = run([...decided, notified("2025-01-27", "2025-02-03")], "2025-01-28");
    expect(codes(t)).toEqual(["mediation-step-not-requested"]);
  });
});

describe("mediation agreements (Regs 42)", () => {
  const mediated = [...decided, wants("2025-01-06"), held("2025-02-03"), certificate("2025-02-05")];
  const agreement = (fields: Record<string, unknown>): Ev => ({ id: "ag", type: "mediation-agreement", date: "2025-02-03", ...fields });

  it("a matter that cannot be appealed: 2 weeks from Mon 3 Feb 2025 → Mon 17 Feb 2025 (Regs 42(3))", () => {
    const t = run([...mediated, agreement({ appealable: false })], "2025-02-06");
    expect(deadline(t, "mediation-agreement")).toMatchObject({
      due: "2025-02-17",
      status: "pending",
      owner: "local-authority",
      counting: "weeks-after(2)",
      anchor: { eventId: "ag" },
    });
    expect(keysOf(t, "order-assess-notice")).toEqual([]);
    expect(codes(t)).toEqual([]);
  });

  it("carried out Fri 14 Feb 2025: met (Regs 42(3), due Mon 17 Feb 2025); the dispute stays closed", () => {
    const t = run([...mediated, agreement({ appealable: false }), { id: "done", type: "mediation-agreement-carried-out", date: "2025-02-14" }], "2025-02-20");
    expect(deadline(t, "mediation-agreement")).toMatchObject({ due: "2025-02-17", status: "met", doneOn: "2025-02-14", doneBy: "done" });
    expect(codes(t)).toEqual([]);
    expect(t.dispute).toBeNull();
  });

  it("carried out Tue 18 Feb 2025, a day after the 2 weeks ended on Mon 17 Feb 2025: late", () => {
    const t = run([...mediated, agreement({ appealable: false }), { id: "done", type: "mediation-agreement-carried-out", date: "2025-02-18" }], "2025-02-20");
    expect(deadline(t, "mediation-agreement")).toMatchObject({ due: "2025-02-17", status: "late", doneOn: "2025-02-18" });
  });

  it("carried out the day it was agreed (Mon 3 Feb 2025), given first in the input: the agreement comes first on the day, so it is met", () => {
    const t = run([...mediated, { id: "done", type: "mediation-agreement-carried-out", date: "2025-02-03" }, agreement({ appealable: false })], "2025-02-06");
    expect(deadline(t, "mediation-agreement")).toMatchObject({ status: "met", doneBy: "done" });
    expect(codes(t)).toEqual([]);
  });

  it("carried out with no agreement awaiting it, or one on an appealable matter (its order's acts carry it out): no-mediation-agreement (warning)", () => {
    const none = run([...mediated, { id: "done", type: "mediation-agreement-carried-out", date: "2025-02-14" }], "2025-02-20");
    expect(none.problems).toEqual([expect.objectContaining({ code: "no-mediation-agreement", eventId: "done", severity: "warning" })]);
    const appealable = run(
      [...mediated, agreement({ appealable: true, order: "assess" }), { id: "done", type: "mediation-agreement-carried-out", date: "2025-02-14" }],
      "2025-02-20",
    );
    expect(codes(appealable)).toEqual(["no-mediation-agreement"]);
    // Regs 42(2) with Regs 44(2)(b): the decision to assess was due Mon 17 Feb 2025; the event does not meet it.
    expect(deadline(appealable, "order-assess-notice")).toMatchObject({ due: "2025-02-17", status: "overdue" });
    const twice = run(
      [
        ...mediated,
        agreement({ appealable: false }),
        { id: "done", type: "mediation-agreement-carried-out", date: "2025-02-10" },
        { id: "again", type: "mediation-agreement-carried-out", date: "2025-02-12" },
      ],
      "2025-02-20",
    );
    expect(twice.problems).toEqual([expect.objectContaining({ code: "no-mediation-agreement", eventId: "again" })]);
  });

  it("an appealable matter (assess): the Regs 44(2)(b) limits from the agreement, Mon 3 Feb 2025 (Regs 42(2))", () => {
    // 2 weeks → Mon 17 Feb 2025; 10 weeks → Mon 14 Apr 2025; 14 weeks → Mon 12 May 2025.
    const t = run([...mediated, agreement({ appealable: true, order: "assess" })], "2025-02-06");
    expect(deadline(t, "order-assess-notice")).toMatchObject({ due: "2025-02-17", status: "pending", anchor: { eventId: "ag" } });
    expect(deadline(t, "order-assess-notice").explanation.join(" ")).toContain("Regs 42(2)");
    expect(deadline(t, "order-assess-no-plan").due).toBe("2025-04-14");
    expect(deadline(t, "order-assess-final-plan").due).toBe("2025-05-12");
    expect(keysOf(t, "mediation-agreement")).toEqual([]);
    // The process goes back to the decision whether to assess; the LA's limits are open.
    expect(t.stage).toBe("awaiting-assessment-decision");
    expect(t.dispute).toBe("order");
    const decidedAgain = run(
      [...mediated, agreement({ appealable: true, order: "assess" }), { id: "yes", type: "assessment-decision", date: "2025-02-10", outcome: "assess" }],
      "2025-02-11",
    );
    expect(deadline(decidedAgain, "order-assess-notice")).toMatchObject({ status: "met", doneBy: "yes" });
    expect(decidedAgain.stage).toBe("assessing");
  });

  it("an appealable matter (make-plan) after a refusal to make a plan: 5 and 11 weeks from Mon 3 Mar 2025", () => {
    // Refusal Mon 3 Feb 2025; mediation wanted Mon 10 Feb, held and agreed Mon 3 Mar 2025.
    // Regs 44(2)(c) as if ordered: +5 weeks = Mon 7 Apr 2025; +11 weeks = Mon 19 May 2025.
    const t = run(
      [
        ...refusedPlan("2024-11-04", "2024-12-09", "2025-02-03"),
        wants("2025-02-10"),
        held("2025-03-03"),
        { id: "ag", type: "mediation-agreement", date: "2025-03-03", appealable: true, order: "make-plan" },
      ],
      "2025-03-04",
    );
    expect(deadline(t, "order-draft-plan").due).toBe("2025-04-07");
    expect(deadline(t, "order-final-plan").due).toBe("2025-05-19");
    expect(deadline(t, "order-draft-plan").explanation.join(" ")).toContain("Regs 42(2)");
    // The process goes back to making the plan, as after an order (rules.md § 7).
    expect(t.stage).toBe("assessing");
    expect(t.dispute).toBe("order");
  });

  it("with no mediation requested → mediation-step-not-requested (warning); the limit is still dated", () => {
    const t = run([...decided, agreement({ appealable: false })], "2025-02-04");
    expect(codes(t)).toEqual(["mediation-step-not-requested"]);
    expect(deadline(t, "mediation-agreement").due).toBe("2025-02-17");
  });
});

everyEventAccountedFor();
