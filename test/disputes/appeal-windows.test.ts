// The parent's windows after an appealable decision (rules.md § 6): mediation-contact (Regs 33,
// months-after(2), never moved by r.12) and appeal (HESC Rules r.20(1)(c) with r.12), from the
// day the decision notice was sent. Dates worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { everyEventAccountedFor } from "../timeline/support";
import { type Ev, codes, deadline, keysOf, refusedAssessment, run } from "./helpers";

/** A first assessment ending with a final plan on Mon 30 Jun 2025 (request Mon 10 Feb 2025 + 140 days). */
const plan: Ev[] = [
  { id: "req", type: "assessment-requested", date: "2025-02-10", by: "parent" },
  { id: "yes", type: "assessment-decision", date: "2025-03-17", outcome: "assess" },
  { id: "draft", type: "draft-plan-issued", date: "2025-06-02" },
  { id: "final", type: "final-plan-issued", date: "2025-06-30" },
];

describe("an appealable decision opens both windows on its own date", () => {
  // Request Mon 19 May 2025; decision not to assess Mon 30 Jun 2025 (19 May + 42 days).
  const events = refusedAssessment("2025-05-19", "2025-06-30");

  it("counting.md: notice Mon 30 Jun 2025 → mediation contact by Sat 30 Aug 2025; appeal in time until Mon 1 Sep 2025", () => {
    const t = run(events, "2025-07-01");
    // Regs 33: 30 Jun + 2 months = Sat 30 Aug 2025; not a Tribunal limit, so it does not move.
    expect(deadline(t, "mediation-contact:no")).toMatchObject({
      due: "2025-08-30",
      // The parent's own limits are rights: open until they run out, closed after (never overdue).
      status: "open",
      owner: "parent-or-young-person",
      strength: "statutory",
      counting: "months-after(2)",
      anchor: { event: "assessment-decision", eventId: "no", date: "2025-06-30" },
    });
    // r.20(1)(c): Sat 30 Aug 2025, in August → r.12(3)(a): first working day after 31 Aug, Mon 1 Sep 2025.
    const appeal = deadline(t, "appeal:no");
    expect(appeal).toMatchObject({ due: "2025-09-01", status: "open", owner: "parent-or-young-person" });
    expect(appeal.citation).toContain("r.20(1)(c)");
    expect(appeal.explanation.join(" ")).toContain("r.12(3)(a)");
    expect(appeal.explanation.join(" ")).toContain("CFA s.51(2)(a)");
  });

  it("the stage stays the plan's own stage and no dispute is open until the parent acts", () => {
    const t = run(events, "2025-07-01");
    expect(t.stage).toBe("not-assessing");
    expect(t.dispute).toBeNull();
  });

  it("a decision sent on 31 December: 31 Dec 2024 + 2 months = Fri 28 Feb 2025 (February has no 31st)", () => {
    // Request Tue 19 Nov 2024 + 42 days = Tue 31 Dec 2024. 28 Feb 2025 is a working day outside the r.12(3) periods.
    const t = run(refusedAssessment("2024-11-19", "2024-12-31"), "2025-01-02");
    expect(deadline(t, "appeal:no").due).toBe("2025-02-28");
    expect(deadline(t, "mediation-contact:no").due).toBe("2025-02-28");
  });

  it("…and in a leap year: Sun 31 Dec 2023 + 2 months = Thu 29 Feb 2024", () => {
    const t = run(refusedAssessment("2023-11-19", "2023-12-31"), "2024-01-02");
    expect(deadline(t, "appeal:no").due).toBe("2024-02-29");
  });

  it("a decision not to make a plan (s.51(2)(b)) and a final plan (s.51(2)(c)) open them too", () => {
    const refused = run(
      [
        { id: "req", type: "assessment-requested", date: "2025-02-10", by: "parent" },
        { id: "yes", type: "assessment-decision", date: "2025-03-17", outcome: "assess" },
        { id: "np", type: "plan-decision", date: "2025-05-12", outcome: "not-issue" },
      ],
      "2025-05-13",
    );
    // Mon 12 May 2025 + 2 months = Sat 12 Jul 2025 → r.12(2): Mon 14 Jul 2025.
    expect(deadline(refused, "appeal:np").due).toBe("2025-07-14");
    expect(deadline(refused, "mediation-contact:np").due).toBe("2025-07-12");

    const t = run(plan, "2025-07-01");
    expect(deadline(t, "appeal:final").due).toBe("2025-09-01");
    // An appeal about the school named alone needs no certificate: said, with no effect on the date.
    expect(deadline(t, "mediation-contact:final").explanation.join(" ")).toContain("needs no mediation certificate");
  });

  it("decisions on a maintained plan: not to reassess, to keep it unamended, to cease; and an amended plan", () => {
    const t = run(
      [
        ...plan,
        { id: "rr", type: "reassessment-requested", date: "2025-09-01" },
        { id: "rd", type: "reassessment-decision", date: "2025-09-12", outcome: "not-reassess" },
        { id: "m1", type: "review-meeting-held", date: "2025-10-06" },
        { id: "keep", type: "review-decision", date: "2025-10-20", outcome: "maintain" },
        { id: "notice", type: "amendment-notice-sent", date: "2025-11-10" },
        { id: "amended", type: "amended-plan-issued", date: "2025-12-15" },
        { id: "cease", type: "cease-decision", date: "2026-01-05" },
      ],
      "2026-01-06",
    );
    // Fri 12 Sep 2025 + 2 months = Wed 12 Nov 2025 (s.51(2)(d)).
    expect(deadline(t, "appeal:rd").due).toBe("2025-11-12");
    // Mon 20 Oct 2025 + 2 months = Sat 20 Dec 2025 → r.12(2): Mon 22 Dec 2025 (s.51(2)(e)).
    expect(deadline(t, "appeal:keep").due).toBe("2025-12-22");
    // Mon 15 Dec 2025 + 2 months = Sun 15 Feb 2026 → Mon 16 Feb 2026 (s.51(2)(c), s.51(3)(b)).
    expect(deadline(t, "appeal:amended").due).toBe("2026-02-16");
    // Mon 5 Jan 2026 + 2 months = Thu 5 Mar 2026 (s.51(2)(f)).
    expect(deadline(t, "appeal:cease").due).toBe("2026-03-05");
    // The amendment notice is not itself appealable: the amended plan is.
    expect(keysOf(t, "appeal")).toEqual(["appeal:final", "appeal:rd", "appeal:keep", "appeal:amended", "appeal:cease"]);
  });

  it("an event the process refused opens nothing (a second decision not to assess)", () => {
    const t = run([...refusedAssessment("2025-05-19", "2025-06-30"), { id: "no2", type: "assessment-decision", date: "2025-07-07", outcome: "not-assess" }], "2025-07-08");
    expect(keysOf(t, "appeal")).toEqual(["appeal:no"]);
    expect(t.problems.some((p) => p.eventId === "no2")).toBe(true);
  });
});

describe("a separate decision notice moves the windows to its own date", () => {
  // Request Mon 3 Mar 2025; decision Mon 14 Apr 2025 (+42 days); notice sent Mon 30 Jun 2025.
  const decided = refusedAssessment("2025-03-03", "2025-04-14");

  it("named by event id: the first pair no longer applies; the new pair runs from Mon 30 Jun 2025", () => {
    const t = run([...decided, { id: "n1", type: "decision-notice-sent", date: "2025-06-30", decision: "no" }], "2025-07-01");
    expect(deadline(t, "appeal:no").status).toBe("not-applicable");
    expect(deadline(t, "appeal:no").explanation.join(" ")).toContain("a separate notice was recorded (event n1)");
    expect(deadline(t, "mediation-contact:no").status).toBe("not-applicable");
    expect(deadline(t, "appeal:n1")).toMatchObject({ due: "2025-09-01", status: "open", anchor: { eventId: "n1", date: "2025-06-30" } });
    expect(deadline(t, "mediation-contact:n1").due).toBe("2025-08-30");
  });

  it("named by type: the latest decision of that type", () => {
    const t = run([...decided, { id: "n1", type: "decision-notice-sent", date: "2025-06-30", decision: "assessment-decision" }], "2025-07-01");
    expect(deadline(t, "appeal:n1").due).toBe("2025-09-01");
  });

  it("naming no appealable decision → problem notice-unknown-decision (error), nothing moves", () => {
    for (const decision of ["zzz", "req", "final-plan-issued"]) {
      const t = run([...decided, { id: "n1", type: "decision-notice-sent", date: "2025-06-30", decision }], "2025-07-01");
      expect(t.problems.find((p) => p.eventId === "n1")).toMatchObject({ code: "notice-unknown-decision", severity: "error" });
      // Mon 14 Apr 2025 + 2 months = Sat 14 Jun 2025 → r.12(2): Mon 16 Jun 2025.
      expect(deadline(t, "appeal:no")).toMatchObject({ due: "2025-06-16" });
    }
  });

  it("a notice after the appeal was lodged changes nothing → notice-after-appeal", () => {
    const t = run(
      [...decided, { id: "ap", type: "appeal-lodged", date: "2025-05-20" }, { id: "n1", type: "decision-notice-sent", date: "2025-06-30", decision: "no" }],
      "2025-07-01",
    );
    expect(codes(t)).toContain("notice-after-appeal");
    expect(deadline(t, "appeal:no")).toMatchObject({ status: "met", doneOn: "2025-05-20" });
  });

  it("a contact and a certificate before the notice carry over to the new pair", () => {
    const t = run(
      [
        ...decided,
        { id: "c1", type: "mediation-adviser-contacted", date: "2025-04-22", wantsMediation: false },
        { id: "cert", type: "mediation-certificate-issued", date: "2025-04-24" },
        { id: "n1", type: "decision-notice-sent", date: "2025-04-28", decision: "no" },
      ],
      "2025-04-29",
    );
    expect(deadline(t, "mediation-contact:n1")).toMatchObject({ status: "met", doneBy: "c1" });
    // Mon 28 Apr 2025 + 2 months = Sat 28 Jun 2025 → Mon 30 Jun 2025; the certificate's month (Sat 24 May) is earlier.
    expect(deadline(t, "appeal:n1").due).toBe("2025-06-30");
  });
});

describe("the certificate's month: the later of the two ends (HESC Rules r.20(1)(c)(ii))", () => {
  // Request Tue 20 Aug 2024; decision not to assess Tue 1 Oct 2024 (+42 days).
  const decided = refusedAssessment("2024-08-20", "2024-10-01");
  const declined: Ev[] = [
    { id: "c1", type: "mediation-adviser-contacted", date: "2024-11-26", wantsMediation: false },
    { id: "cert", type: "mediation-certificate-issued", date: "2024-11-29" },
  ];

  it("certificate Fri 29 Nov 2024: 1 month ends Sun 29 Dec 2024, later than 1 Dec → first working day after 1 Jan: Thu 2 Jan 2025", () => {
    const t = run([...decided, ...declined], "2024-12-02");
    const appeal = deadline(t, "appeal:no");
    expect(appeal.due).toBe("2025-01-02");
    const working = appeal.explanation.join(" ");
    expect(working).toContain("(event cert)");
    expect(working).toContain("The later of these ends applies");
    expect(working).toContain("r.12(3)(a)");
    // Regs 33 was met by the contact on 26 Nov (due Sun 1 Dec 2024); the certificate came within 3 working days.
    expect(deadline(t, "mediation-contact:no")).toMatchObject({ due: "2024-12-01", status: "met" });
    expect(deadline(t, "mediation-certificate")).toMatchObject({ due: "2024-11-29", status: "met" });
  });

  it("lodged on Thu 2 Jan 2025 → met; not lodged by then → closed on 3 Jan", () => {
    const lodged = run([...decided, ...declined, { id: "ap", type: "appeal-lodged", date: "2025-01-02" }], "2025-01-03");
    expect(deadline(lodged, "appeal:no")).toMatchObject({ status: "met", doneBy: "ap" });
    expect(deadline(run([...decided, ...declined], "2025-01-03"), "appeal:no").status).toBe("closed");
  });

  it("an early certificate changes nothing: 2 months end Sun 1 Dec 2024 → r.12(2): Mon 2 Dec 2024", () => {
    const t = run(
      [
        ...decided,
        { id: "c1", type: "mediation-adviser-contacted", date: "2024-10-07", wantsMediation: false },
        { id: "cert", type: "mediation-certificate-issued", date: "2024-10-09" },
      ],
      "2024-10-10",
    );
    expect(deadline(t, "appeal:no").due).toBe("2024-12-02");
  });
});

describe("periods ending before 21 July 2020: each period loses its own uncounted days (r.12(3) as made)", () => {
  // Request Mon 20 May 2019; decision not to assess Mon 1 Jul 2019 (+42 days); the adviser told on
  // Fri 2 Aug 2019 that mediation is not wanted; certificate Mon 5 Aug 2019.
  const decided = refusedAssessment("2019-05-20", "2019-07-01");
  const declined: Ev[] = [
    { id: "c1", type: "mediation-adviser-contacted", date: "2019-08-02", wantsMediation: false },
    { id: "cert", type: "mediation-certificate-issued", date: "2019-08-05" },
  ];

  it("no certificate: Mon 1 Jul 2019 + 2 months = Sun 1 Sep 2019; all 31 days of August not counted → Wed 2 Oct 2019", () => {
    // HESC Rules r.20(1)(c)(i), r.12(3) as made: 2 Jul–1 Sep holds 1–31 Aug; 31 counted days after 1 Sep: 2 Sep … 2 Oct.
    expect(deadline(run(decided, "2019-07-02"), "appeal:no").due).toBe("2019-10-02");
  });

  it("certificate Mon 5 Aug 2019: its month ends Thu 5 Sep → Tue 1 Oct 2019; the notice's period ends later, Wed 2 Oct 2019", () => {
    // HESC Rules r.20(1)(c)(ii): 5 Aug + 1 month = Thu 5 Sep 2019, later than Sun 1 Sep as counted. r.12(3) as made:
    // 6–31 Aug (26 days) in that period are not counted → 26 counted days after 5 Sep: 6 Sep … Tue 1 Oct 2019.
    // The 2 months from the notice lose all 31 days of August → Wed 2 Oct 2019 (above), the later last day.
    const t = run([...decided, ...declined], "2019-08-06");
    const appeal = deadline(t, "appeal:no");
    expect(appeal.due).toBe("2019-10-02");
    const working = appeal.explanation.join(" ");
    expect(working).toContain("r.20(1)(c)(i)");
    expect(working).toContain("r.20(1)(c)(ii)");
    expect(working).toContain("31 such days");
    expect(working).toContain("26 such days");
    expect(working).toContain("Tuesday 1 October 2019");
    expect(working).toContain("The later of these ends applies: Wednesday 2 October 2019");
    expect(codes(t)).toEqual([]);
  });

  it("a certificate whose period wins as counted: Mon 22 Jul 2019 → Thu 22 Aug; 1–22 Aug and 23–31 Aug not counted → Mon 23 Sep 2019", () => {
    // Decision Mon 3 Jun 2019 (request Mon 22 Apr + 42 days): 2 months end Sat 3 Aug 2019; 1–3 Aug not counted, nor
    // 4–31 Aug → Tue 3 Sep 2019. Certificate Mon 22 Jul + 1 month = Thu 22 Aug 2019: 22 August days in the period, and the
    // rest of August is not counted → 1 … 22 Sep = Sun 22 Sep → r.12(2): Mon 23 Sep 2019, the later.
    const t = run(
      [
        ...refusedAssessment("2019-04-22", "2019-06-03"),
        { id: "c1", type: "mediation-adviser-contacted", date: "2019-07-18", wantsMediation: false },
        { id: "cert", type: "mediation-certificate-issued", date: "2019-07-22" },
      ],
      "2019-07-23",
    );
    expect(deadline(t, "appeal:no").due).toBe("2019-09-23");
  });

  it("cease-not-before: decision to cease Mon 1 Jul 2019, certificate Mon 5 Aug 2019 → appeal Wed 2 Oct, cease from Thu 3 Oct 2019", () => {
    // CFA s.45(4): the day after the appeal limit. As above, the notice's 2 months give Wed 2 Oct 2019 and the
    // certificate's month Tue 1 Oct 2019; the later is Wed 2 Oct, so the earliest lawful ceasing is Thu 3 Oct 2019.
    const plan2018: Ev[] = [
      { id: "req", type: "assessment-requested", date: "2018-01-08", by: "parent" },
      { id: "yes", type: "assessment-decision", date: "2018-02-12", outcome: "assess" },
      { id: "draft", type: "draft-plan-issued", date: "2018-04-30" },
      { id: "final", type: "final-plan-issued", date: "2018-05-21" },
      { id: "cease", type: "cease-decision", date: "2019-07-01" },
    ];
    const withCertificate = run([...plan2018, ...declined], "2019-08-06");
    expect(deadline(withCertificate, "appeal:cease").due).toBe("2019-10-02");
    expect(deadline(withCertificate, "cease-not-before").due).toBe("2019-10-03");
    expect(deadline(run(plan2018, "2019-07-02"), "cease-not-before").due).toBe("2019-10-03");
  });
});

describe("lodging the appeal (rules.md § 6; dispute 'appeal')", () => {
  const decided = refusedAssessment("2025-05-19", "2025-06-30");

  it("satisfies the appeal window; the stage stays, the dispute is 'appeal'", () => {
    const t = run([...decided, { id: "ap", type: "appeal-lodged", date: "2025-08-01" }], "2025-08-02");
    expect(deadline(t, "appeal:no")).toMatchObject({ status: "met", doneBy: "ap" });
    expect(t.stage).toBe("not-assessing");
    expect(t.dispute).toBe("appeal");
  });

  it("with no contact recorded, the mediation-contact limit no longer applies, and the working says why", () => {
    const t = run([...decided, { id: "ap", type: "appeal-lodged", date: "2025-08-01" }], "2025-09-02");
    const contact = deadline(t, "mediation-contact:no");
    expect(contact.status).toBe("not-applicable");
    expect(contact.explanation.join(" ")).toContain("only about the school or institution named");
  });

  it("with no appealable decision recorded → warning no-appealable-decision; the dispute is still 'appeal'", () => {
    const t = run([{ id: "ap", type: "appeal-lodged", date: "2025-08-01" }], "2025-08-02");
    expect(t.problems.find((p) => p.eventId === "ap")).toMatchObject({ code: "no-appealable-decision", severity: "warning" });
    expect(t.dispute).toBe("appeal");
  });
});

describe("a decision to cease: the plan is kept until the appeal time has passed (CFA s.45(4))", () => {
  const cease: Ev = { id: "cease", type: "cease-decision", date: "2025-01-14" };
  const early: Ev[] = [
    { id: "req", type: "assessment-requested", date: "2024-01-08", by: "parent" },
    { id: "yes", type: "assessment-decision", date: "2024-02-12", outcome: "assess" },
    { id: "draft", type: "draft-plan-issued", date: "2024-04-29" },
    { id: "final", type: "final-plan-issued", date: "2024-05-20" },
  ];

  it("a certificate extends both the appeal and cease-not-before: cert Wed 12 Mar 2025 → Mon 14 Apr; cease from Tue 15 Apr 2025", () => {
    // Tue 14 Jan 2025 + 2 months = Fri 14 Mar 2025. Certificate Wed 12 Mar + 1 month = Sat 12 Apr 2025 → r.12(2):
    // Mon 14 Apr 2025 (the later). The earliest lawful ceasing is the day after: Tue 15 Apr 2025.
    const t = run(
      [
        ...early,
        cease,
        { id: "c1", type: "mediation-adviser-contacted", date: "2025-03-10", wantsMediation: false },
        { id: "cert", type: "mediation-certificate-issued", date: "2025-03-12" },
      ],
      "2025-03-13",
    );
    expect(deadline(t, "appeal:cease").due).toBe("2025-04-14");
    expect(deadline(t, "cease-not-before").due).toBe("2025-04-15");
  });

  it("a separate notice Mon 20 Jan 2025: appeal to Thu 20 Mar 2025, cease from Fri 21 Mar 2025", () => {
    const t = run([...early, cease, { id: "n1", type: "decision-notice-sent", date: "2025-01-20", decision: "cease" }], "2025-01-21");
    expect(deadline(t, "appeal:n1").due).toBe("2025-03-20");
    expect(deadline(t, "cease-not-before").due).toBe("2025-03-21");
  });

  it("ceasing while the appeal against it is pending → ceased-during-appeal (error)", () => {
    const t = run([...early, cease, { id: "ap", type: "appeal-lodged", date: "2025-03-01" }, { id: "ceased", type: "plan-ceased", date: "2025-04-01" }], "2025-04-02");
    expect(t.problems.find((p) => p.code === "ceased-during-appeal")).toMatchObject({ eventId: "ceased", severity: "error" });
  });
});

everyEventAccountedFor();
