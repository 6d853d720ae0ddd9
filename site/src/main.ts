/** The case explorer: the library run in the browser. Nothing entered leaves the machine. */
import { CaseloadView } from "./caseload-view";
import { dateField, setDate } from "./date-input";
import { byId } from "./dom";
import { EXAMPLE_CASES } from "./example-caseload";
import { OneCase } from "./one-case";
import { addDays, todayInEngland } from "./words";

const today = todayInEngland();
const dates = Object.fromEntries(["as-of", "caseload-as-of", "report-from", "report-to"].map((id) => [id, dateField(byId<HTMLInputElement>(id))]));
const year = Number(today.slice(0, 4)) - 1;
const initial: Record<string, string> = {
  "as-of": today,
  "caseload-as-of": today,
  "report-from": `${year}-01-01`,
  "report-to": `${year}-12-31` < today ? `${year}-12-31` : addDays(today, -1),
};
for (const [id, input] of Object.entries(dates)) setDate(input, initial[id] ?? today);

const oneCase = new OneCase();
oneCase.load(structuredClone(EXAMPLE_CASES["assessment-on-time"]), "Example assessment-on-time loaded.");
new CaseloadView();
document.documentElement.dataset["ready"] = "true";
