/**
 * The form that builds one event: its fields come from the published JSON Schema of the case
 * file (the same facts as docs/events.md), and it is checked by the library's own parser, so
 * the page accepts exactly what the zod schema accepts. Errors are shown next to their field.
 */
import { caseFileJsonSchema } from "../../src/adapters/json-schema";
import { EVENT_TYPES, parseCaseFile } from "../../src/index";
import { h } from "./dom";
import { dateField, readDate } from "./date-input";

type Json = Record<string, unknown>;
const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}(T.+)?$";

interface FieldSpec {
  /** The path in the event: `by`, or `phaseTransfer.kind`. */
  readonly path: readonly string[];
  readonly schema: Json;
  readonly required: boolean;
}

const asJson = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** The JSON Schema of each event type, by type. */
function eventSchemasByType(): Map<string, Json> {
  const schema = caseFileJsonSchema();
  const items = asJson(asJson(asJson(schema["properties"])["events"])["items"]);
  const byType = new Map<string, Json>();
  for (const alternative of Array.isArray(items["oneOf"]) ? items["oneOf"] : []) {
    const type = asJson(asJson(asJson(alternative)["properties"])["type"])["const"];
    if (typeof type === "string") byType.set(type, asJson(alternative));
  }
  return byType;
}

function fieldsOf(object: Json, prefix: readonly string[], parentRequired: boolean): FieldSpec[] {
  const required = new Set(strings(object["required"]));
  return Object.entries(asJson(object["properties"])).flatMap(([name, value]) => {
    if (prefix.length === 0 && name === "type") return [];
    const schema = asJson(value);
    const path = [...prefix, name];
    if (schema["type"] === "object") return fieldsOf(schema, path, parentRequired && required.has(name));
    return [{ path, schema, required: parentRequired && required.has(name) }];
  });
}

const fieldId = (path: readonly string[]): string => `event-field-${path.join("-")}`;
const labelOf = (path: readonly string[]): string => path.join(" › ");

function control(spec: FieldSpec, id: string, describedBy: string): HTMLInputElement | HTMLSelectElement {
  const { schema } = spec;
  const common = { id, name: spec.path.join("."), "aria-describedby": describedBy, required: spec.required };
  const enumValues = strings(schema["enum"]);
  if (enumValues.length > 0 || schema["type"] === "boolean") {
    const values = schema["type"] === "boolean" ? ["true", "false"] : enumValues;
    const words = (v: string): string => (v === "true" ? "yes" : v === "false" ? "no" : v);
    return h("select", common, h("option", { value: "" }, spec.required ? "Choose…" : "(not given)"), ...values.map((v) => h("option", { value: v }, words(v))));
  }
  if (schema["pattern"] === DATE_PATTERN) return h("input", { ...common, type: "text", inputmode: "text", "data-date": true });
  if (schema["type"] === "integer" || schema["type"] === "number") return h("input", { ...common, type: "number", inputmode: "numeric" });
  return h("input", { ...common, type: "text", autocomplete: "off" });
}

/** The value a control gives the event, or undefined when left empty. */
function valueOf(spec: FieldSpec, element: HTMLInputElement | HTMLSelectElement): unknown {
  const text = element.value.trim();
  if (text === "") return undefined;
  if (spec.schema["pattern"] === DATE_PATTERN) return readDate(text) ?? text;
  switch (spec.schema["type"]) {
    case "boolean":
      return text === "true";
    case "integer":
    case "number":
      return Number(text);
    case "array":
      return text
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== "");
    default:
      return text;
  }
}

/** The event form: a type chooser, the type's fields, and an "Add event" button. */
export class EventForm {
  readonly element: HTMLFormElement;
  private readonly schemas = eventSchemasByType();
  private readonly typeSelect: HTMLSelectElement;
  private readonly fieldsBox: HTMLDivElement;
  private readonly formError: HTMLParagraphElement;
  private controls: { spec: FieldSpec; element: HTMLInputElement | HTMLSelectElement; error: HTMLElement }[] = [];

  constructor(private readonly onAdd: (event: Json) => void) {
    this.typeSelect = h(
      "select",
      { id: "event-type", name: "type", "aria-describedby": "event-type-help", onchange: () => this.renderFields() },
      ...EVENT_TYPES.map((t) => h("option", { value: t }, t)),
    );
    this.fieldsBox = h("div", { class: "fields" });
    this.formError = h("p", { class: "error", id: "event-form-error", role: "alert" });
    this.element = h(
      "form",
      { id: "event-form", novalidate: true, "aria-labelledby": "event-form-heading", onsubmit: (e: Event) => this.submit(e) },
      h("h3", { id: "event-form-heading" }, "Add an event"),
      h("div", { class: "field" }, h("label", { for: "event-type" }, "Event type"), this.typeSelect, h("p", { id: "event-type-help", class: "hint" })),
      this.fieldsBox,
      this.formError,
      h("button", { type: "submit", id: "add-event" }, "Add event"),
    );
    this.typeSelect.value = "assessment-requested";
    this.renderFields();
  }

  private renderFields(): void {
    const schema = this.schemas.get(this.typeSelect.value) ?? {};
    const help = this.element.querySelector("#event-type-help");
    if (help !== null) help.textContent = typeof schema["description"] === "string" ? schema["description"] : "";
    this.formError.textContent = "";
    this.controls = [];
    this.fieldsBox.replaceChildren(
      ...fieldsOf(schema, [], true).map((spec) => {
        const id = fieldId(spec.path);
        const description = typeof spec.schema["description"] === "string" ? spec.schema["description"] : "";
        const hint = h("p", { class: "hint", id: `${id}-hint` }, description + (spec.schema["type"] === "array" ? " (separate with commas)" : ""));
        const error = h("p", { class: "error", id: `${id}-error` });
        const element = control(spec, id, `${id}-hint ${id}-error`);
        this.controls.push({ spec, element, error });
        const field = h(
          "div",
          { class: "field" },
          h("label", { for: id }, labelOf(spec.path), spec.required ? h("span", { class: "req" }, " (required)") : null),
          hint,
          element,
          error,
        );
        if (element instanceof HTMLInputElement && element.hasAttribute("data-date")) dateField(element);
        return field;
      }),
    );
  }

  /** Chooses the event type (for a caller that fills the form). */
  chooseType(type: string): void {
    this.typeSelect.value = type;
    this.renderFields();
  }

  private submit(event: Event): void {
    event.preventDefault();
    const built: Json = { type: this.typeSelect.value };
    for (const { spec, element } of this.controls) {
      const value = valueOf(spec, element);
      if (value === undefined) continue;
      let target = built;
      for (const key of spec.path.slice(0, -1)) target = asJson((target[key] ??= {}));
      target[spec.path.at(-1) ?? ""] = value;
    }
    // The library's parser checks the event as it would in a case file.
    const parsed = parseCaseFile({ caseId: "form", events: [built] });
    for (const c of this.controls) {
      c.error.textContent = "";
      c.element.removeAttribute("aria-invalid");
    }
    this.formError.textContent = "";
    if (parsed.success) {
      this.onAdd(built);
      for (const c of this.controls) {
        c.element.value = "";
        c.element.dispatchEvent(new Event("input"));
      }
      return;
    }
    let first: HTMLElement | null = null;
    const unplaced: string[] = [];
    for (const issue of parsed.issues) {
      const path = issue.path.replace(/^events\[0\]\.?/, "");
      const match = this.controls.find((c) => c.spec.path.join(".") === path) ?? this.controls.find((c) => path !== "" && c.spec.path.join(".").startsWith(`${path}.`));
      if (match === undefined) {
        unplaced.push(issue.message);
        continue;
      }
      match.error.textContent = match.error.textContent === "" ? issue.message : `${match.error.textContent}; ${issue.message}`;
      match.element.setAttribute("aria-invalid", "true");
      first ??= match.element;
    }
    if (unplaced.length > 0) this.formError.textContent = unplaced.join("; ");
    (first ?? this.typeSelect).focus();
  }
}
