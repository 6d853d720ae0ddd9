/**
 * An example caseload made from the example case files: each copied with its dates moved back a
 * week at a time and its own case id. For the page's "example caseload" and the browser tests.
 */
import appealRefusal from "../../examples/cases/appeal-refusal-to-assess.json";
import appealUnopposed from "../../examples/cases/appeal-unopposed-content.json";
import assessmentOnTime from "../../examples/cases/assessment-on-time.json";
import planLifecycle from "../../examples/cases/plan-lifecycle.json";
import senSupport from "../../examples/cases/sen-support-termly.json";

/** The example case files, by name. */
export const EXAMPLE_CASES: Readonly<Record<string, unknown>> = {
  "assessment-on-time": assessmentOnTime,
  "plan-lifecycle": planLifecycle,
  "appeal-refusal-to-assess": appealRefusal,
  "appeal-unopposed-content": appealUnopposed,
  "sen-support-termly": senSupport,
};

const shift = (date: string, days: number): string => {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

/** `count` case files as NDJSON: the examples in turn, the n-th round moved back n weeks (a year at most). */
export function exampleCaseloadNdjson(count: number): string {
  const templates = Object.values(EXAMPLE_CASES).map((c) => JSON.stringify(c));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length] ?? "{}";
    const weeks = -(Math.floor(i / templates.length) % 52);
    const moved = template.replace(/"(\d{4}-\d{2}-\d{2})"/g, (_, date: string) => `"${shift(date, weeks * 7)}"`);
    const withId = JSON.parse(moved) as { caseId: string };
    withId.caseId = `${withId.caseId}-${String(i + 1).padStart(5, "0")}`;
    lines.push(JSON.stringify(withId));
  }
  return `${lines.join("\n")}\n`;
}
