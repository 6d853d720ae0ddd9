/**
 * The SEN2 importer on the synthetic returns of examples/sen2 (written from the fact sheet, no
 * real person). Every date checked below is worked out by hand from the provision named.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { keyedPseudonym } from "../../src/cli/import-command";
import { type ImportedCase, type Sen2Source, importSen2 } from "../../src/import/sen2/index";
import { parseCaseFileOrThrow, timeline } from "../../src/index";
import { lineIo } from "../cli/line-io";

const DIR = "examples/sen2";
const xml = (name: string): Sen2Source => ({ kind: "xml", name, chunks: [readFileSync(`${DIR}/${name}`, "utf8")] });
const pseudonym = keyedPseudonym("test-key-0123456789");

async function importAll(sources: Sen2Source[]) {
  const cases: ImportedCase[] = [];
  const issues: string[] = [];
  let summary;
  for await (const item of importSen2(sources, { pseudonym })) {
    if (item.kind === "case") cases.push(item.case);
    else if (item.kind === "issue") issues.push(`${item.issue.path} [${item.issue.code}]`);
    else summary = item.summary;
  }
  return { cases, issues, summary };
}

const caseOf = (cases: ImportedCase[], upn: string) => cases.find((c) => c.caseId === pseudonym(`upn:${upn}`));
const deadline = (c: ImportedCase | undefined, key: string) => timeline(parseCaseFileOrThrow(c), { asOf: "2025-03-31" }).deadlines.find((d) => d.key === key);

describe("import sen2: the 2025 layout", () => {
  it("maps a request → assessment → plan chain and the 6- and 20-week limits follow from its dates", async () => {
    const { cases } = await importAll([xml("return-2025.xml")]);
    const one = caseOf(cases, "A000000000011");
    expect(one?.events.map((e) => [e.type, e.date])).toEqual([
      ["assessment-requested", "2024-02-05"],
      ["assessment-decision", "2024-03-11"],
      ["plan-decision", "2024-05-20"],
      ["final-plan-issued", "2024-06-17"],
    ]);
    // Regs 5(1): 6 weeks after 2024-02-05 is 2024-03-18 (Feb 2024 has 29 days); decided 2024-03-11.
    expect(deadline(one, "assessment-decision")).toMatchObject({ due: "2024-03-18", status: "met" });
    // Regs 13(2): 20 weeks (140 days) after 2024-02-05 is 2024-06-24; plan 2024-06-17.
    expect(deadline(one, "final-plan")).toMatchObject({ due: "2024-06-24", status: "met" });
    expect(one?.child).toEqual({ dateOfBirth: "2015-05" });
  });

  it("records Week20 as an exception on ground not-recorded: the 20-week limit disapplied and flagged as unchecked", async () => {
    const { cases } = await importAll([xml("return-2025.xml")]);
    const two = caseOf(cases, "A000000000022");
    // Regs 5(1): 2024-01-08 + 42 days = 2024-02-19; decided 2024-02-26: late (Week20 concerns the 20-week limit only).
    expect(deadline(two, "assessment-decision")).toMatchObject({ due: "2024-02-19", status: "late" });
    // Regs 13(2): 2024-01-08 + 140 days = 2024-05-27; plan 2024-07-01. Regs 13(3) excuses the limit: disapplied, indicative date kept.
    const finalPlan = deadline(two, "final-plan");
    expect(finalPlan).toMatchObject({ due: "2024-05-27", status: "disapplied" });
    expect(finalPlan?.exception?.grounds).toEqual(["not-recorded"]);
    expect(two?.events.find((e) => e.type === "exception-recorded")).toMatchObject({ ground: "not-recorded", from: "2024-01-08", appliesTo: ["final-plan"] });
    const problems = timeline(parseCaseFileOrThrow(two), { asOf: "2025-03-31" }).problems;
    expect(problems.filter((p) => p.code === "exception-ground-not-recorded")).toHaveLength(1);
    expect(two?.["x-sen2"].chains[0]?.week20).toBe(true);
  });

  it("identifies a child by ULN or the unknown-UPN reason, and an undecided request becomes overdue", async () => {
    const { cases } = await importAll([xml("return-2025.xml")]);
    const three = cases.find((c) => c.caseId === pseudonym("uln:1234567890"));
    // Regs 5(1): 2024-03-04 + 42 days = 2024-04-15; refused 2024-04-12: met. Mediation flag kept, no event.
    expect(deadline(three, "assessment-decision")).toMatchObject({ due: "2024-04-15", status: "met" });
    expect(three?.["x-sen2"].chains[0]?.disputed).toBe(true);
    const four = cases.find((c) => c.events[0]?.date === "2024-10-01");
    // Regs 5(1): 2024-10-01 + 42 days = 2024-11-12; still undecided on 2025-03-31.
    expect(deadline(four, "assessment-decision")).toMatchObject({ due: "2024-11-12", status: "overdue" });
  });

  it("never invents the date of a transfer in", async () => {
    const { cases } = await importAll([xml("return-2025.xml")]);
    const five = caseOf(cases, "A000000000055");
    expect(five?.events).toEqual([]);
    expect(five?.["x-sen2"].problems.some((p) => p.code === "date-not-in-return" && p.path.endsWith("TransferLA"))).toBe(true);
  });
});

describe("import sen2: the 2023 and 2024 layouts and the merge of years", () => {
  it("reads the 2023 layout; a plan on the 140th day is within 20 weeks", async () => {
    const { cases } = await importAll([xml("return-2023.xml")]);
    const eight = caseOf(cases, "A000000000088");
    // Regs 5(1): 2022-03-07 + 42 days = 2022-04-18; decided 2022-04-19: late by a day.
    expect(deadline(eight, "assessment-decision")).toMatchObject({ due: "2022-04-18", status: "late" });
    // Regs 13(2): 2022-03-07 + 140 days = 2022-07-25, the plan's own day: met.
    expect(deadline(eight, "final-plan")).toMatchObject({ due: "2022-07-25", status: "met" });
    const nine = caseOf(cases, "A000000000099");
    expect(nine?.["x-sen2"].chains[0]).toMatchObject({ ceaseDate: "2022-08-31", ceaseReason: "1" });
  });

  it("merges the 2024 and 2025 returns into one history, reporting the item they disagree on", async () => {
    const { cases, summary } = await importAll([xml("return-2025.xml"), xml("return-2024.xml"), xml("return-2023.xml")]);
    expect(summary).toMatchObject({ personsRead: 10, personsImported: 10, personsSkipped: 0, cases: 9 });
    const six = caseOf(cases, "A000000000066");
    expect(six?.["x-sen2"].years).toEqual([2024, 2025]);
    expect(six?.events.map((e) => e.type)).toEqual([
      "assessment-requested",
      "assessment-decision",
      "plan-decision",
      "final-plan-issued",
      "review-meeting-held",
      "review-decision",
      "amendment-notice-sent",
    ]);
    const conflict = six?.["x-sen2"].problems.find((p) => p.code === "conflict-between-returns");
    expect(conflict?.path).toBe("return-2025.xml: Message/Persons/Person[5]/Requests[1]/Assessment/AssessmentOutcomeDate");
    expect(conflict?.message).not.toContain("2023-05");
    // Regs 20(10): 4 weeks after the meeting on 2024-04-30 is 2024-05-28; decided 2024-05-14.
    expect(deadline(six, "review-decision:2024-04-30")).toMatchObject({ due: "2024-05-28", status: "met" });
  });

  it("reads a Blade CSV export with its date form and reports rows it cannot place", async () => {
    const dir = `${DIR}/blade-2024`;
    const names = ["sen2", "person", "requests", "assessment", "namedplan", "activeplans"].map((m) => `Blade-Export_01-03-2024_${m}.csv`);
    const { cases, issues, summary } = await importAll([
      { kind: "blade", name: "blade-2024", files: names.map((n) => ({ name: n, text: readFileSync(`${dir}/${n}`, "utf8") })) },
    ]);
    expect(summary).toMatchObject({ personsRead: 2, personsImported: 1, personsSkipped: 1 });
    expect(issues).toEqual(["blade-2024: person.csv row 3: no row of requests.csv [missing-item]", "blade-2024: requests.csv row 3, column persontableid [missing-item]"]);
    const ten = caseOf(cases, "B000000000010");
    // Regs 13(2): 2023-09-04 + 140 days = 2024-01-22; plan 2023-12-22: met.
    expect(deadline(ten, "final-plan")).toMatchObject({ due: "2024-01-22", status: "met" });
  });
});

describe("import sen2: what the case file cannot hold, each said by its own problem", () => {
  const header = `<?xml version="1.0"?><Message><Header><CollectionDetails><Collection>SEN2</Collection><Year>2025</Year></CollectionDetails><Source><LEA>999</LEA></Source></Header><Persons>`;
  const person = (upn: string, requests: string) => `<Person><UPN>${upn}</UPN><Requests>${requests}</Requests></Person>`;
  const returnOf = (...persons: string[]): Sen2Source => ({ kind: "xml", name: "t.xml", chunks: [`${header}${persons.join("")}</Persons></Message>`] });
  const codes = (c: ImportedCase | undefined) => c?.["x-sen2"].problems.map((p) => p.code) ?? [];
  const engineProblems = (c: ImportedCase | undefined) => timeline(parseCaseFileOrThrow(c), { asOf: "2025-03-31" }).problems.map((p) => p.code);
  const plan = (cease: string, active = "") =>
    `<ReceivedDate>2022-01-10</ReceivedDate><RequestOutcomeDate>2022-02-14</RequestOutcomeDate><RequestOutcome>Y</RequestOutcome>` +
    `<Assessment><AssessmentOutcome>Y</AssessmentOutcome><AssessmentOutcomeDate>2022-05-09</AssessmentOutcomeDate><NamedPlan><StartDate>2022-05-23</StartDate>${cease}</NamedPlan></Assessment>${active}`;

  it("a plan made before the records begin (H, no request date) is left out and said so", async () => {
    const { cases } = await importAll([xml("return-2023.xml")]);
    const nine = caseOf(cases, "A000000000099");
    expect(nine?.events).toEqual([]);
    expect(codes(nine)).toContain("plan-before-records");
  });

  it("a withdrawn request and a move out before the assessment ended are problems of their own, with no date invented", async () => {
    const { cases } = await importAll([
      returnOf(
        person("B000000000001", "<ReceivedDate>2024-03-04</ReceivedDate><RequestOutcome>W</RequestOutcome>"),
        person(
          "B000000000002",
          "<ReceivedDate>2024-03-04</ReceivedDate><RequestOutcome>Y</RequestOutcome><RequestOutcomeDate>2024-04-08</RequestOutcomeDate><Exported>202</Exported>",
        ),
      ),
    ]);
    const withdrawn = caseOf(cases, "B000000000001");
    expect(withdrawn?.events.map((e) => e.type)).toEqual(["assessment-requested"]);
    expect(codes(withdrawn)).toContain("request-withdrawn");
    const moved = caseOf(cases, "B000000000002");
    expect(moved?.events.map((e) => [e.type, e.date])).toEqual([
      ["assessment-requested", "2024-03-04"],
      ["assessment-decision", "2024-04-08"],
    ]);
    expect(codes(moved)).toContain("moved-out");
  });

  it("a plan issued with no draft date says so by its own code", async () => {
    const { cases } = await importAll([xml("return-2025.xml")]);
    expect(codes(caseOf(cases, "A000000000011"))).toContain("draft-not-dated");
  });

  it("a ceasing after a review decision to cease has its decision; one without says the return does not date it", async () => {
    const { cases } = await importAll([
      returnOf(
        // ReviewOutcome C notified 2024-05-10 (LastReview): the decision to cease, before the plan ceased on 2024-08-31.
        person(
          "B000000000003",
          plan(
            "<CeaseDate>2024-08-31</CeaseDate><CeaseReason>2</CeaseReason>",
            "<ActivePlans><ReviewMeeting>2024-05-01</ReviewMeeting><ReviewOutcome>C</ReviewOutcome><LastReview>2024-05-10</LastReview></ActivePlans>",
          ),
        ),
        person("B000000000004", plan("<CeaseDate>2024-08-31</CeaseDate><CeaseReason>2</CeaseReason>")),
        person("B000000000005", plan("<CeaseDate>2024-08-31</CeaseDate><CeaseReason>5</CeaseReason>")),
      ),
    ]);
    const decided = caseOf(cases, "B000000000003");
    expect(decided?.events.filter((e) => e.type === "review-decision" || e.type === "plan-ceased").map((e) => [e.type, e.date])).toEqual([
      ["review-decision", "2024-05-10"],
      ["plan-ceased", "2024-08-31"],
    ]);
    expect(codes(decided)).not.toContain("cease-decision-not-dated");
    expect(engineProblems(decided)).not.toContain("ceased-without-decision");
    const undecided = caseOf(cases, "B000000000004");
    expect(codes(undecided)).toContain("cease-decision-not-dated");
    expect(engineProblems(undecided)).toContain("ceased-without-decision");
    expect(codes(caseOf(cases, "B000000000005"))).toContain("moved-out");
    expect(codes(caseOf(cases, "B000000000005"))).not.toContain("cease-decision-not-dated");
  });
});

describe("ehc-timeline import sen2 and report", () => {
  const files = (names: string[]) => Object.fromEntries(names.map((n) => [n, readFileSync(`${DIR}/${n}`, "utf8").split("\n")]));

  it("exits 2 on a bad return, names the XML path, never a value, and imports the rest", async () => {
    const io = lineIo({ ...files(["errors-2025.xml"]), key: ["test-key-0123456789"] });
    expect(await runCli(["import", "sen2", "errors-2025.xml", "--key-file", "key"], io)).toBe(2);
    expect(io.err()).toContain("errors-2025.xml: Message/Persons/Person[1]/Requests[1]/ReceivedDate: is not a date");
    expect(io.err()).toContain("Message/Persons/Person[2]/UPN: none of UPN");
    expect(io.err()).toContain("3 persons read, 2 imported, 1 skipped");
    expect(io.err() + io.out()).not.toMatch(/A000000000101|A000000000103|2024-02-30|Example/);
    expect(io.out().trim().split("\n")).toHaveLength(2);
  });

  it.each([
    ["not-sen2.xml", "not-sen2-return"],
    ["wrong-year.xml", "unsupported-year"],
  ])("rejects %s", async (name, code) => {
    const io = lineIo({ ...files([name]), key: ["test-key-0123456789"] });
    expect(await runCli(["import", "sen2", name, "--key-file", "key"], io)).toBe(2);
    expect(io.err()).toContain(`[${code}]`);
    expect(io.out()).toBe("");
  });

  it("needs a key, and writes no UPN", async () => {
    const io = lineIo(files(["return-2025.xml"]));
    expect(await runCli(["import", "sen2", "return-2025.xml"], io)).toBe(2);
    expect(io.err()).toContain("--key-file is required");
  });

  it("numbers the children with --ids sequence, keeps the numbers in the lookup and reuses them next year", async () => {
    const written = new Map<string, string>();
    const io = (names: string[]) => {
      const base = lineIo(files(names));
      return {
        ...base,
        readText: async (path: string) => {
          const text = written.get(path);
          if (text !== undefined) return text;
          if (path === "ids.csv") throw Object.assign(new Error("missing"), { code: "ENOENT" });
          return base.readText(path);
        },
        writeText: async (path: string, text: string) => void written.set(path, text),
      };
    };
    const first = io(["return-2024.xml"]);
    expect(await runCli(["import", "sen2", "return-2024.xml", "--ids", "sequence", "--lookup", "ids.csv"], first)).toBe(0);
    const firstIds = first
      .out()
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { caseId: string }).caseId);
    expect(firstIds).toEqual(firstIds.map((_, i) => `sen2-s${String(i + 1).padStart(6, "0")}`));
    const lookup = written.get("ids.csv") ?? "";
    expect(lookup.split("\n")[0]).toBe("caseId,identity");
    // The lookup is the one place a UPN is written: the cases are not.
    expect(lookup).toContain("upn:A0000000000");
    expect(first.out()).not.toMatch(/A0000000000\d\d/);
    // The 2025 return gives the same children the same numbers, and new children the next ones.
    const second = io(["return-2025.xml"]);
    expect(await runCli(["import", "sen2", "return-2025.xml", "--ids", "sequence", "--lookup", "ids.csv"], second)).toBe(0);
    const byUpn = (text: string) =>
      new Map(
        text
          .trim()
          .split("\n")
          .slice(1)
          .map((row) => [row.split(",")[1], row.split(",")[0]]),
      );
    const before = byUpn(lookup);
    const after = byUpn(written.get("ids.csv") ?? "");
    for (const [identity, id] of before) expect(after.get(identity)).toBe(id);
    expect(after.size).toBeGreaterThan(before.size);
    const secondIds = new Set(
      second
        .out()
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { caseId: string }).caseId),
    );
    expect([...secondIds].filter((id) => [...before.values()].includes(id)).length).toBeGreaterThan(0);
  });

  it("asks for --lookup with --ids sequence, and names the row of a bad lookup without its content", async () => {
    const io = lineIo({ ...files(["return-2025.xml"]), "ids.csv": ["caseId,identity", "sen2-s000001,upn:A000000000199", "B000000000001"] });
    const withWrite = { ...io, writeText: async () => undefined };
    expect(await runCli(["import", "sen2", "return-2025.xml", "--ids", "sequence"], withWrite)).toBe(2);
    expect(io.err()).toContain("--ids sequence needs --lookup FILE");
    expect(await runCli(["import", "sen2", "return-2025.xml", "--ids", "sequence", "--lookup", "ids.csv"], withWrite)).toBe(2);
    expect(io.err()).toContain("ids.csv: row 3: expected a case id");
    expect(io.err()).not.toContain("B000000000001");
  });

  it("gives the DfE 20-week figures for 2024 and each case's working", async () => {
    const imp = lineIo({ ...files(["return-2024.xml", "return-2025.xml"]), key: ["test-key-0123456789"] });
    expect(await runCli(["import", "sen2", "return-2024.xml", "return-2025.xml", "--key-file", "key"], imp)).toBe(0);
    expect(imp.out()).not.toMatch(/A0000000000\d\d|Example/);
    const lines = imp.out().trim().split("\n");
    const period = ["--from", "2024-01-01", "--to", "2024-12-31", "--as-of", "2025-03-31"];
    const rep = lineIo({ f: lines });
    await runCli(["report", "f", ...period], rep);
    // New plans started in 2024: 2024-06-17 (133 days), 2024-07-01 (175 days, Week20), 2024-05-31 (137 days, mediation: left out).
    expect(JSON.parse(rep.out()).sen2).toMatchObject({
      newPlans: 3,
      disputedPlans: 1,
      within20WeeksIncludingExceptions: { numerator: 1, denominator: 2, percent: 50 },
      within20WeeksExcludingExceptions: { numerator: 1, denominator: 1, percent: 100 },
    });
    const list = lineIo({ f: lines });
    await runCli(["report", "f", ...period, "--format", "cases"], list);
    const listed = list
      .out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { plans: { working: string }[] });
    expect(listed.flatMap((l) => l.plans.map((p) => p.working))).toContain("request received 2024-02-05, plan started 2024-06-17: 133 days, within 20 weeks (140 days)");
  });

  it("leaves the report of ordinary case files as it was", async () => {
    const line = JSON.stringify(JSON.parse(readFileSync("examples/cases/assessment-on-time.json", "utf8")));
    const io = lineIo({ f: [line] });
    await runCli(["report", "f", "--from", "2024-01-01", "--to", "2024-12-31"], io);
    expect(JSON.parse(io.out())).not.toHaveProperty("sen2");
  });
});
