/** The caseload: an NDJSON file in, a worklist and the timeliness report out, worked in a web worker. */
import type { Sen2Figures } from "../../src/import/sen2/index";
import type { AgendaItem, Owner } from "../../src/index";
import { Caseload, type CaseloadInput, type CaseloadQuery, type CaseloadResult } from "./caseload";
import { dateValue } from "./date-input";
import { byId, h, onDropFiles } from "./dom";
import { exampleCaseloadNdjson } from "./example-caseload";
import type { ToPage, ToWorker } from "./messages";
import { OWNER_WORDS, addDays, count, longDate } from "./words";

type SortKey = "due" | "caseId" | "title" | "owner" | "state";
const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: "due", label: "Due" },
  { key: "state", label: "State" },
  { key: "caseId", label: "Case" },
  { key: "title", label: "Duty" },
  { key: "owner", label: "Who must act" },
];
const SHOWN_ROWS = 200;

/** The worker itself stopped (not a case that failed): the work is done again on the page. */
class WorkerStopped extends Error {}

/** Runs caseload work in a worker, or on the page in slices when no worker can start (a page opened as a file). */
class Runner {
  private worker: Worker | null = null;
  private local: Caseload | null = null;
  private nextId = 1;
  private waiting = new Map<number, { resolve: (r: CaseloadResult) => void; reject: (e: Error) => void }>();

  constructor(private readonly progress: (stage: string, done: number, total: number) => void) {
    try {
      this.worker = new Worker("worker.js");
      this.worker.onmessage = (event: MessageEvent<ToPage>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.fallBack(new WorkerStopped("the worker stopped"));
      };
    } catch {
      this.worker = null;
    }
  }

  get mode(): "worker" | "page" {
    return this.worker === null ? "page" : "worker";
  }

  private fallBack(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }

  private receive(message: ToPage): void {
    if (message.kind === "progress") this.progress(message.stage, message.done, message.total);
    else {
      const waiting = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.kind === "result") waiting?.resolve(message.result);
      else waiting?.reject(new Error(message.message));
    }
  }

  private lastInput: CaseloadInput | null = null;

  run(input: CaseloadInput | null, query: CaseloadQuery): Promise<CaseloadResult> {
    if (input !== null) this.lastInput = input;
    if (this.worker !== null) {
      const id = this.nextId++;
      const message: ToWorker = input === null ? { kind: "query", id, query } : { kind: "load", id, input, query };
      const worker = this.worker;
      return new Promise<CaseloadResult>((resolve, reject) => {
        this.waiting.set(id, { resolve, reject });
        worker.postMessage(message);
      }).catch((error: unknown) => {
        if (error instanceof WorkerStopped) return this.run(this.lastInput, query);
        throw error;
      });
    }
    this.local ??= new Caseload();
    const local = this.local;
    const progress = (stage: string) => (done: number, total: number) => this.progress(stage, done, total);
    return (async () => {
      const load = input ?? this.lastInput;
      if (load !== null) await local.load(load, progress("read"));
      this.lastInput = null;
      return local.compute(query, progress("compute"));
    })();
  }
}

export class CaseloadView {
  private readonly runner: Runner;
  private result: CaseloadResult | null = null;
  private sort: { key: SortKey; ascending: boolean } = { key: "due", ascending: true };
  private loaded = false;
  private started = 0;

  constructor() {
    this.runner = new Runner((stage, done, total) => {
      // A SEN2 return's size in persons is known only at its end: then only what is done is said.
      byId("caseload-status").textContent = `${stage === "read" ? "Reading" : "Working out"}: ${count(done)}${total > 0 ? ` of ${count(total)}` : " cases"}…`;
    });
    const owner = byId<HTMLSelectElement>("filter-owner");
    owner.append(...Object.entries(OWNER_WORDS).map(([value, words]) => h("option", { value }, words)));
    byId("load-caseload-example").addEventListener("click", () => void this.load({ kind: "ndjson", text: exampleCaseloadNdjson(500) }, "the example caseload"));
    const fileInput = byId<HTMLInputElement>("caseload-file");
    fileInput.addEventListener("change", () => void this.loadFiles([...(fileInput.files ?? [])]));
    onDropFiles(byId("caseload-drop"), (files) => void this.loadFiles(files));
    for (const id of ["caseload-as-of", "worklist-weeks", "report-from", "report-to"])
      byId(id).addEventListener("change", () => this.loaded && void this.query(null, "the caseload"));
    for (const id of ["filter-owner", "filter-state", "filter-case"]) byId(id).addEventListener("input", () => this.renderWorklist());
  }

  private queryOf(): CaseloadQuery | string {
    const asOf = dateValue(byId<HTMLInputElement>("caseload-as-of"));
    const weeks = Number(byId<HTMLInputElement>("worklist-weeks").value);
    const from = dateValue(byId<HTMLInputElement>("report-from"));
    const to = dateValue(byId<HTMLInputElement>("report-to"));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return "Choose the date to judge statuses at.";
    if (![from, to].every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))) return "Write the report period's dates as 22/01/2025, 22 January 2025 or 2025-01-22.";
    if (!Number.isInteger(weeks) || weeks < 0 || weeks > 520) return "The number of weeks must be a whole number from 0 to 520.";
    return { asOf, weeks, period: { from, to } };
  }

  /** Chosen or dropped files: XML or CSV files are a SEN2 return (several: returns of several years, or a Blade export's files), anything else NDJSON. */
  private async loadFiles(files: readonly File[]): Promise<void> {
    const first = files[0];
    if (first === undefined) return;
    const name = files.length === 1 ? first.name : `${count(files.length)} files`;
    const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
    const isReturn = files.every((file) => /\.(xml|csv)$/i.test(file.name));
    if (isReturn) await this.load({ kind: "sen2", files: texts }, name);
    else if (files.length === 1) await this.load({ kind: "ndjson", text: texts[0]?.text ?? "" }, name);
    else byId("caseload-status").textContent = "Choose one caseload file (NDJSON), or the files of one SEN2 return (XML or CSV).";
  }

  load(input: CaseloadInput, name: string): Promise<void> {
    this.loaded = true;
    return this.query(input, name);
  }

  private async query(input: CaseloadInput | null, name: string): Promise<void> {
    const query = this.queryOf();
    const status = byId("caseload-status");
    if (typeof query === "string") {
      status.textContent = query;
      return;
    }
    this.started = performance.now();
    performance.mark("ehc:worklist-start");
    status.textContent = `Reading ${name}…`;
    byId("caseload").setAttribute("aria-busy", "true");
    try {
      this.result = await this.runner.run(input, query);
    } catch (error) {
      status.textContent = `The caseload could not be worked out: ${error instanceof Error ? error.message : String(error)}`;
      return;
    } finally {
      byId("caseload").removeAttribute("aria-busy");
    }
    this.renderWorklist();
    this.renderReport();
    performance.measure("ehc:worklist", "ehc:worklist-start");
    const r = this.result;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    const imported = r.imported;
    const read =
      imported === null
        ? `${count(r.cases)} cases read from ${name}${r.invalid === 0 ? "" : ` (${count(r.invalid)} lines were not case files)`}`
        : `${count(r.cases)} cases imported from the SEN2 return ${name} (${count(imported.personsRead)} persons read, ${count(imported.personsSkipped)} skipped, ${count(imported.errors)} errors in the return)`;
    status.textContent = `${read}: ${count(r.items.length)} duties overdue or due by ${longDate(addDays(query.asOf, query.weeks * 7))}. Worked out in ${seconds} s${this.runner.mode === "worker" ? "" : " on the page"}.`;
    const notes =
      imported === null
        ? r.invalidLines.map((l) => `Line ${l.line}: ${l.message}`)
        : [...imported.issues, ...imported.problems.map((p) => `${count(p.times)} ${p.times === 1 ? "time" : "times"}: ${p.message}`)];
    byId("invalid-lines").replaceChildren(
      ...(notes.length === 0
        ? []
        : [
            h(
              "details",
              {},
              h("summary", {}, imported === null ? "Lines that were not case files" : "What the return could not say"),
              h("ul", {}, ...notes.map((n) => h("li", {}, n))),
            ),
          ]),
    );
  }

  private filtered(): AgendaItem[] {
    const owner = byId<HTMLSelectElement>("filter-owner").value;
    const state = byId<HTMLSelectElement>("filter-state").value;
    const caseText = byId<HTMLInputElement>("filter-case").value.trim().toLowerCase();
    const items = (this.result?.items ?? []).filter(
      (i) => (owner === "" || i.owner === owner) && (state === "" || i.state === state) && (caseText === "" || i.caseId.toLowerCase().includes(caseText)),
    );
    const { key, ascending } = this.sort;
    const value = (i: AgendaItem): string => (key === "owner" ? OWNER_WORDS[i.owner] : i[key]);
    const sorted = key === "due" ? items : [...items].sort((a, b) => value(a).localeCompare(value(b)) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    return ascending ? sorted : [...sorted].reverse();
  }

  private renderWorklist(): void {
    if (this.result === null) return;
    const items = this.filtered();
    const byOwner = new Map<Owner, { overdue: number; due: number }>();
    for (const i of items) {
      const tally = byOwner.get(i.owner) ?? { overdue: 0, due: 0 };
      tally[i.state] += 1;
      byOwner.set(i.owner, tally);
    }
    byId("by-owner").replaceChildren(
      h(
        "table",
        {},
        h("caption", {}, "Duties by who must act"),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Who must act"), h("th", { scope: "col" }, "Overdue"), h("th", { scope: "col" }, "Due in the window"))),
        h(
          "tbody",
          {},
          ...[...byOwner].map(([owner, t]) => h("tr", {}, h("th", { scope: "row" }, OWNER_WORDS[owner]), h("td", {}, count(t.overdue)), h("td", {}, count(t.due)))),
        ),
      ),
    );
    const header = COLUMNS.map((c) => {
      const sorted = this.sort.key === c.key;
      return h(
        "th",
        { scope: "col", "aria-sort": sorted ? (this.sort.ascending ? "ascending" : "descending") : null },
        h(
          "button",
          {
            type: "button",
            class: "sort",
            onclick: () => {
              this.sort = { key: c.key, ascending: this.sort.key === c.key ? !this.sort.ascending : true };
              this.renderWorklist();
              document.querySelector<HTMLButtonElement>(`#worklist th[aria-sort] button`)?.focus();
            },
          },
          c.label,
          h("span", { "aria-hidden": "true" }, sorted ? (this.sort.ascending ? " ▲" : " ▼") : ""),
        ),
      );
    });
    const rows = items
      .slice(0, SHOWN_ROWS)
      .map((i) =>
        h(
          "tr",
          { class: i.state },
          h("td", {}, longDate(i.due)),
          h("td", {}, i.state === "overdue" ? "Overdue" : "Due"),
          h("td", {}, i.caseId),
          h("td", {}, i.title),
          h("td", {}, OWNER_WORDS[i.owner]),
        ),
      );
    byId("worklist").replaceChildren(
      h(
        "table",
        {},
        h(
          "caption",
          {},
          items.length > SHOWN_ROWS
            ? `Worklist: the first ${count(SHOWN_ROWS)} of ${count(items.length)} duties (narrow it with the filters)`
            : `Worklist: ${count(items.length)} duties`,
        ),
        h("thead", {}, h("tr", {}, header)),
        h("tbody", {}, rows),
      ),
    );
  }

  private renderReport(): void {
    const r = this.result;
    if (r === null) return;
    if (r.report === null) {
      byId("report").replaceChildren(h("p", { class: "error" }, r.reportError ?? ""));
      return;
    }
    const percent = (p: number | null): string => (p === null ? "—" : `${p}%`);
    byId("report").replaceChildren(
      h(
        "table",
        {},
        h("caption", {}, "Timeliness report"),
        h("thead", {}, h("tr", {}, ...["Measure", "Value", "Of", "Percent"].map((c) => h("th", { scope: "col" }, c)))),
        h(
          "tbody",
          {},
          ...r.report.map((row) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, row.measure.replaceAll("-", " ")),
              h("td", {}, row.value === null ? String(row.numerator ?? "") : typeof row.value === "string" ? longDate(row.value) : count(row.value)),
              h("td", {}, row.denominator === null ? "" : count(row.denominator)),
              h("td", {}, row.numerator === null ? "" : percent(row.percent)),
            ),
          ),
          ...sen2Rows(r.sen2).map(([measure, value, of, share]) => h("tr", {}, h("th", { scope: "row" }, measure), h("td", {}, value), h("td", {}, of), h("td", {}, share))),
        ),
      ),
    );
  }
}

/** The SEN2 figures of an imported return as the report's rows: measure, value, of, percent (docs/sen2.md § The report). */
function sen2Rows(f: Sen2Figures | null): [string, string, string, string][] {
  if (f === null) return [];
  const share = (measure: string, r: { numerator: number; denominator: number; percent: number | null }): [string, string, string, string] => [
    measure,
    count(r.numerator),
    count(r.denominator),
    r.percent === null ? "—" : `${r.percent}%`,
  ];
  return [
    ["SEN2: new plans", count(f.newPlans), "", ""],
    ["SEN2: plans left out (mediation or tribunal)", count(f.disputedPlans), "", ""],
    share("SEN2: within 20 weeks, including exceptions", f.within20WeeksIncludingExceptions),
    share("SEN2: within 20 weeks, excluding exceptions", f.within20WeeksExcludingExceptions),
    share("SEN2: annual reviews on time", f.annualReviewsOnTime),
    share("SEN2: phase transfers by the due date", f.phaseTransfersByDueDate),
  ];
}
