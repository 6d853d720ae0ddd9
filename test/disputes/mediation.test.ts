// Mediation (rules.md § 6): the certificate (Regs 34(1), 39(1), 39(3)), arranging mediation
// (Regs 36(2)), and what the events cannot date (Regs 37(2), 42(3)). Dates by hand in the comments.
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/index";
import { everyEventAccountedFor } from "../timeline/support";
import { type Ev, codes, deadline, keysOf, refusedAssessment, run } from "./helpers";

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

  it("a certificate while mediation is still awaited is the Regs 39(3) case: no problem, the appeal extends", () => {
    // The LA's notice that it cannot arrange mediation in time is not an event, so no certificate duty is dated for it.
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
    const t = run(
      [...refusedAssessment("2025-05-19", "2025-06-30"), declines("2025-09-01"), { id: "ap", type: "appeal-lodged", date: "2025-09-01" }],
      "2025-09-02",
    );
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

describe("rules the events cannot date are data only", () => {
  it("mediation-date-notice (Regs 37(2)) and mediation-agreement (Regs 42(3)) are in the catalogue but never opened", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toContain("mediation-date-notice");
    expect(ids).toContain("mediation-agreement");
    const t = run([...decided, wants("2025-01-06"), held("2025-02-03"), certificate("2025-02-05")], "2025-02-06");
    expect(keysOf(t, "mediation-date-notice")).toEqual([]);
    expect(keysOf(t, "mediation-agreement")).toEqual([]);
  });
});

everyEventAccountedFor();
