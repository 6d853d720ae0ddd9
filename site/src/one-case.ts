/** One case: the case built from the form or a file, its readings, and the timeline shown in full. */
import { caseFileJsonSchema } from "../../src/adapters/json-schema";
import { deadlinesToCsv } from "../../src/adapters/csv";
import { formatTimelineIcs } from "../../src/adapters/ical";
import { formatTimelineSvg } from "../../src/adapters/svg";
import { type Timeline, agenda, parseCaseFile, parseCaseFileJson, timeline } from "../../src/index";
import { dateValue } from "./date-input";
import { byId, download, h, onDropFile } from "./dom";
import { EventForm } from "./event-form";
import { EXAMPLE_CASES } from "./example-caseload";
import { OWNER_WORDS, STAGE_WORDS, STATUS_WORDS, STRENGTH_WORDS, addDays, longDate } from "./words";

type Json = Record<string, unknown>;

/** A field's value as text for a form box: a string or a number as it is, anything else as nothing. */
const asText = (value: unknown): string => (typeof value === "string" || typeof value === "number" ? String(value) : "");
const asJson = (value: unknown): Json => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {});

/** The readings a person may change, from the options schema (counting.md § Readings). */
const OPTION_SCHEMAS = asJson(asJson(asJson(caseFileJsonSchema()["properties"])["options"])["properties"]);
interface ReadingControl {
  readonly name: string;
  readonly values: readonly string[] | null;
  readonly description: string;
  readonly integer: { readonly min: number; readonly max: number } | null;
}
const READINGS = Object.entries(OPTION_SCHEMAS).flatMap(([name, schema]): ReadingControl[] => {
  const json = asJson(schema);
  const values = Array.isArray(json["enum"]) ? (json["enum"] as string[]) : null;
  const description = typeof json["description"] === "string" ? json["description"] : "";
  if (name === "supportPolicy") {
    const first = asJson(Array.isArray(json["anyOf"]) ? json["anyOf"][0] : {});
    return [{ name, values: Array.isArray(first["enum"]) ? (first["enum"] as string[]) : [], description: "default code-of-practice", integer: null }];
  }
  if (values !== null) return [{ name, values, description, integer: null }];
  return [{ name, values: null, description, integer: { min: Number(json["minimum"]), max: Number(json["maximum"]) } }];
});

/** What each reading decides, in plain words; its name (as in a case file's `options`) follows. */
const READING_WORDS: Readonly<Record<string, string>> = {
  dayCounting: "How the days of a period are counted",
  reviewPeriod: "How the 12 months to a review are counted",
  lastReviewed: "When a plan was last reviewed",
  phaseTransferDeadline: "A phase-transfer review is due",
  draftPlanTargetWeeks: "Local target for the draft plan (weeks)",
  earlyYearsReviewMonths: "Reviews of an under-5's plan every (months)",
  orderClock: "A Tribunal order's limits run from",
  exceptions: "A recorded exception",
  exceptionTiming: "An exception turns a limit off",
  absenceWithin: "An absence must lie",
  receipt: "A request received after 5pm",
  service: "A document sent by first-class post",
  supportPolicy: "SEN support review policy",
};

export class OneCase {
  private caseFile: Json = { caseId: "MY-CASE", events: [] };
  private result: Timeline | null = null;
  private firstShown = false;

  constructor() {
    const form = new EventForm((event) => {
      this.events().push(event);
      this.update("Event added.");
    });
    byId("event-form-slot").replaceWith(form.element);
    this.buildReadings();
    this.wireInputs();
  }

  private events(): Json[] {
    if (!Array.isArray(this.caseFile["events"])) this.caseFile["events"] = [];
    return this.caseFile["events"] as Json[];
  }

  private wireInputs(): void {
    byId("new-case").addEventListener("click", () => this.load({ caseId: "MY-CASE", events: [] }, "New case started."));
    const exampleSelect = byId<HTMLSelectElement>("example-case");
    exampleSelect.append(...Object.keys(EXAMPLE_CASES).map((name) => h("option", { value: name }, name)));
    byId("load-example").addEventListener("click", () => this.load(structuredClone(EXAMPLE_CASES[exampleSelect.value]), `Example ${exampleSelect.value} loaded.`));
    byId("read-pasted").addEventListener("click", () => this.loadText(byId<HTMLTextAreaElement>("case-json").value));
    const fileInput = byId<HTMLInputElement>("case-file");
    fileInput.addEventListener("change", () => {
      const file = fileInput.files?.[0];
      if (file !== undefined) void file.text().then((text) => this.loadText(text));
    });
    onDropFile(byId("case-drop"), (file) => void file.text().then((text) => this.loadText(text)));
    byId<HTMLInputElement>("case-id").addEventListener("change", (e) => {
      this.caseFile["caseId"] = (e.target as HTMLInputElement).value;
      this.update("Case id changed.");
    });
    byId<HTMLInputElement>("date-of-birth").addEventListener("change", (e) => {
      const value = (e.target as HTMLInputElement).value.trim();
      if (value === "") delete this.caseFile["child"];
      else this.caseFile["child"] = { ...asJson(this.caseFile["child"]), dateOfBirth: value };
      this.update("Date of birth changed.");
    });
    byId<HTMLInputElement>("as-of").addEventListener("change", () => this.update("As-of date changed."));
    byId("download-json").addEventListener("click", () => download(`${this.fileStem()}.json`, "application/json", `${JSON.stringify(this.caseFile, null, 2)}\n`));
    byId("download-ics").addEventListener("click", () => this.result !== null && download(`${this.fileStem()}.ics`, "text/calendar", formatTimelineIcs(this.result)));
    byId("download-csv").addEventListener("click", () => this.result !== null && download(`${this.fileStem()}.csv`, "text/csv", deadlinesToCsv([this.result])));
  }

  private fileStem(): string {
    return (asText(this.caseFile["caseId"]) || "case").replace(/[^A-Za-z0-9._-]+/g, "_") || "case";
  }

  private buildReadings(): void {
    const box = byId("readings");
    for (const reading of READINGS) {
      const id = `reading-${reading.name}`;
      const onchange = (e: Event): void => {
        const value = (e.target as HTMLInputElement | HTMLSelectElement).value.trim();
        const options = asJson(this.caseFile["options"]);
        // A reading left empty is left out, so the engine's default applies.
        const rest = Object.fromEntries(Object.entries(options).filter(([name]) => name !== reading.name));
        if (value !== "") rest[reading.name] = reading.integer === null ? value : Number(value);
        if (Object.keys(rest).length === 0) delete this.caseFile["options"];
        else this.caseFile["options"] = rest;
        this.update(`Reading ${reading.name} changed.`);
      };
      const input =
        reading.values !== null
          ? h("select", { id, onchange }, h("option", { value: "" }, `(${reading.description})`), ...reading.values.map((v) => h("option", { value: v }, v)))
          : h("input", { id, type: "number", min: reading.integer?.min, max: reading.integer?.max, placeholder: reading.description, onchange });
      box.append(h("div", { class: "field" }, h("label", { for: id }, READING_WORDS[reading.name] ?? reading.name, " ", h("code", {}, reading.name)), input));
    }
  }

  private syncInputs(): void {
    byId<HTMLInputElement>("case-id").value = asText(this.caseFile["caseId"]);
    byId<HTMLInputElement>("date-of-birth").value = asText(asJson(this.caseFile["child"])["dateOfBirth"]);
    const options = asJson(this.caseFile["options"]);
    for (const reading of READINGS) {
      const element = document.getElementById(`reading-${reading.name}`) as HTMLInputElement | HTMLSelectElement | null;
      const value = options[reading.name];
      if (element !== null) element.value = typeof value === "string" || typeof value === "number" ? String(value) : "";
    }
  }

  private loadText(text: string): void {
    const parsed = parseCaseFileJson(text);
    if (!parsed.success) {
      this.showIssues(byId("load-issues"), parsed.issues);
      byId("load-issues").focus();
      return;
    }
    this.load(JSON.parse(text), "Case file read.");
  }

  load(caseFile: unknown, note: string): void {
    byId("load-issues").replaceChildren();
    this.caseFile = asJson(caseFile);
    this.syncInputs();
    this.update(note);
  }

  private showIssues(box: HTMLElement, issues: readonly { path: string; message: string }[]): void {
    box.replaceChildren(h("p", {}, "This case file cannot be read:"), h("ul", {}, ...issues.map((i) => h("li", {}, i.path === "" ? i.message : `${i.path}: ${i.message}`))));
  }

  /** Computes the timeline again and shows it. */
  update(note: string): void {
    this.renderEvents();
    const asOf = dateValue(byId<HTMLInputElement>("as-of"));
    const parsed = parseCaseFile(this.caseFile);
    const issuesBox = byId("case-issues");
    if (!parsed.success) {
      this.showIssues(issuesBox, parsed.issues);
      this.result = null;
      byId("status").textContent = `${note} The case has errors; see above the results.`;
      return;
    }
    issuesBox.replaceChildren();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
      byId("status").textContent = "Choose the date to judge statuses at.";
      return;
    }
    this.result = timeline(parsed.data, { asOf });
    this.render(this.result);
    byId("status").textContent = `${note} Timeline worked out at ${longDate(asOf)}.`;
    if (!this.firstShown) {
      this.firstShown = true;
      performance.mark("ehc:first-timeline");
    }
  }

  private renderEvents(): void {
    const events = this.events();
    const rows = events.map((event, index) => {
      const details = Object.entries(event)
        .filter(([k]) => k !== "type" && k !== "date")
        .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : asText(v) || JSON.stringify(v)}`)
        .join(", ");
      return h(
        "tr",
        {},
        h("td", {}, longDate(typeof event["date"] === "string" ? event["date"] : null)),
        h("td", {}, asText(event["type"])),
        h("td", {}, details),
        h(
          "td",
          {},
          h(
            "button",
            {
              type: "button",
              class: "small",
              "aria-label": `Remove event ${index + 1} (${String(event["type"])})`,
              onclick: () => {
                events.splice(index, 1);
                this.update("Event removed.");
              },
            },
            "Remove",
          ),
        ),
      );
    });
    byId("events").replaceChildren(
      rows.length === 0
        ? h("p", {}, "No events yet: add one with the form below, or load a case file.")
        : h(
            "table",
            {},
            h("caption", {}, rows.length === 1 ? "1 event" : `${rows.length} events`),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, "Date"),
                h("th", { scope: "col" }, "Event"),
                h("th", { scope: "col" }, "Details"),
                h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Actions")),
              ),
            ),
            h("tbody", {}, rows),
          ),
    );
  }

  private render(t: Timeline): void {
    byId("stage").textContent = `${STAGE_WORDS[t.stage]}${t.dispute === null ? "" : ` (dispute: ${t.dispute})`}`;
    const items = agenda([t], { from: t.asOf, to: addDays(t.asOf, 366 * 2) });
    byId("next").replaceChildren(
      items.length === 0
        ? h("p", {}, "Nothing is due: no duty is waiting on anyone.")
        : h(
            "ul",
            {},
            ...items.map((i) =>
              h(
                "li",
                { class: i.state },
                h("strong", {}, i.state === "overdue" ? `Overdue since ${longDate(i.due)}` : `By ${longDate(i.due)}`),
                `: ${i.title} — ${OWNER_WORDS[i.owner]}`,
              ),
            ),
          ),
    );
    const deadlines = t.deadlines.map((d) =>
      h(
        "tr",
        { "data-key": d.key },
        h("th", { scope: "row" }, d.title),
        h(
          "td",
          { class: "due" },
          longDate(d.due),
          d.indicativeDue === null ? null : h("div", { class: "hint" }, `Indicative, with the exception days: ${longDate(d.indicativeDue)}`),
        ),
        h(
          "td",
          {},
          h("span", { class: `status status-${d.status}` }, STATUS_WORDS[d.status]),
          d.doneOn === null ? null : h("div", { class: "hint" }, `Done ${longDate(d.doneOn)}`),
        ),
        h("td", {}, STRENGTH_WORDS[d.strength]),
        h("td", {}, OWNER_WORDS[d.owner]),
        h("td", {}, d.citation),
        h(
          "td",
          {},
          d.explanation.length === 0 ? "" : h("details", {}, h("summary", {}, "How it was worked out"), h("ol", {}, ...d.explanation.map((step) => h("li", {}, step)))),
        ),
      ),
    );
    byId("deadlines").replaceChildren(
      h(
        "table",
        {},
        h("caption", {}, `${t.deadlines.length} deadlines at ${longDate(t.asOf)}`),
        h("thead", {}, h("tr", {}, ...["Deadline", "Due", "Status", "Strength", "Who must act", "Legal source", "Working"].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, deadlines),
      ),
    );
    byId("problems").replaceChildren(
      t.problems.length === 0
        ? h("p", {}, "No problems found.")
        : h("ul", {}, ...t.problems.map((p) => h("li", {}, h("strong", {}, `${p.severity}: `), p.message, p.detail === undefined ? "" : ` (${p.detail})`))),
    );
    // Each picture lets its blob address go once it has loaded: the image stays drawn.
    const url = URL.createObjectURL(new Blob([formatTimelineSvg(t)], { type: "image/svg+xml" }));
    const release = (): void => URL.revokeObjectURL(url);
    byId("picture").replaceChildren(
      h("img", {
        onload: release,
        onerror: release,
        src: url,
        alt: `Timeline picture of case ${t.caseId}: the same deadlines as the table, as bars from their start to their due date.`,
      }),
    );
  }
}
