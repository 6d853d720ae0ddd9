// The appeal window and the mediation certificate (HESC Rules r.20(1)(c); CFA s.55(3); SEND
// Regulations 2014 regs 33 and 34). Dates by hand in the comments.
import { describe, expect, it } from "vitest";
import { type Ev, codes, deadline, keysOf, refusedAssessment, run } from "./helpers";

// Request Tue 5 Nov 2024; decision not to assess Tue 17 Dec 2024. Regs 33: contact the adviser
// within 2 months after the notice, by Mon 17 Feb 2025. HESC r.20(1)(c)(i): appeal by Mon 17 Feb
// 2025 too (a working day outside August and Christmas, so r.12 moves nothing).
const decided = refusedAssessment("2024-11-05", "2024-12-17");
const declines = (date: string): Ev => ({ id: "c1", type: "mediation-adviser-contacted", date, wantsMediation: false });
const certificate = (date: string): Ev => ({ id: "cert", type: "mediation-certificate-issued", date });

describe("an in-time contact and no certificate yet (HESC r.20(1)(c); CFA s.55(3))", () => {
  it("contact Mon 10 Feb 2025, no certificate by Mon 3 Mar 2025: the appeal is open with no last day, and says it waits for the certificate", () => {
    const t = run([...decided, declines("2025-02-10")], "2025-03-03");
    expect(deadline(t, "appeal:no")).toMatchObject({ due: null, status: "open" });
    const working = deadline(t, "appeal:no").explanation.join("\n");
    expect(working).toContain("No mediation certificate has been issued yet");
    expect(working).toContain("CFA s.55(3)");
    // Regs 34(1): the certificate within 3 working days of Mon 10 Feb 2025: Thu 13 Feb 2025, not issued.
    expect(deadline(t, "mediation-certificate")).toMatchObject({ due: "2025-02-13", status: "overdue" });
  });

  it("the certificate issued Wed 5 Mar 2025: 1 month from it ends Sat 5 Apr 2025, moved by r.12 to Mon 7 Apr 2025", () => {
    const events = [...decided, declines("2025-02-10"), certificate("2025-03-05")];
    expect(deadline(run(events, "2025-03-06"), "appeal:no")).toMatchObject({ due: "2025-04-07", status: "open" });
    expect(deadline(run(events, "2025-04-08"), "appeal:no")).toMatchObject({ due: "2025-04-07", status: "closed" });
  });

  it("a certificate before the 2 months end leaves the 2 months: issued Wed 12 Feb 2025 → 1 month is Wed 12 Mar 2025, later than 17 Feb", () => {
    const t = run([...decided, declines("2025-02-10"), certificate("2025-02-12")], "2025-02-13");
    expect(deadline(t, "appeal:no")).toMatchObject({ due: "2025-03-12", status: "open" });
  });

  it("a separate notice sent Mon 6 Jan 2025 after the contact of Fri 3 Jan 2025: the windows move to the notice, and the appeal still waits", () => {
    const events = [...decided, declines("2025-01-03"), { id: "n", type: "decision-notice-sent", date: "2025-01-06", decision: "no" }];
    const t = run(events, "2025-04-01");
    expect(deadline(t, "appeal:n")).toMatchObject({ due: null, status: "open" });
    expect(keysOf(t, "appeal").sort()).toEqual(["appeal:n", "appeal:no"]);
    expect(deadline(t, "appeal:no").status).toBe("not-applicable");
  });
});

describe("a contact after the 2 months (Regs 34(2)-(3))", () => {
  it("contact Tue 18 Feb 2025, a day after the last day Mon 17 Feb 2025: no certificate is due, a warning says why, and the appeal closed on 17 Feb", () => {
    const t = run([...decided, declines("2025-02-18")], "2025-03-01");
    expect(keysOf(t, "mediation-certificate")).toEqual([]);
    expect(t.problems).toContainEqual(expect.objectContaining({ code: "mediation-contact-late", eventId: "c1", severity: "warning" }));
    expect(deadline(t, "mediation-contact:no")).toMatchObject({ due: "2025-02-17", status: "late" });
    expect(deadline(t, "appeal:no")).toMatchObject({ due: "2025-02-17", status: "closed" });
  });

  it("contact on the last day, Mon 17 Feb 2025, is in time: the certificate is due Thu 20 Feb 2025 (3 working days) and no warning", () => {
    const t = run([...decided, declines("2025-02-17")], "2025-02-18");
    expect(deadline(t, "mediation-certificate")).toMatchObject({ due: "2025-02-20", status: "pending" });
    expect(codes(t)).not.toContain("mediation-contact-late");
  });
});
