/** The case explorer: the library run in the browser. Nothing entered leaves the machine. */
import { CaseloadView } from "./caseload-view";
import { byId } from "./dom";
import { EXAMPLE_CASES } from "./example-caseload";
import { OneCase } from "./one-case";
import { addDays, todayInEngland } from "./words";

const today = todayInEngland();
byId<HTMLInputElement>("as-of").value = today;
byId<HTMLInputElement>("caseload-as-of").value = today;
const year = Number(today.slice(0, 4)) - 1;
byId<HTMLInputElement>("report-from").value = `${year}-01-01`;
byId<HTMLInputElement>("report-to").value = `${year}-12-31` < today ? `${year}-12-31` : addDays(today, -1);

const oneCase = new OneCase();
oneCase.load(structuredClone(EXAMPLE_CASES["assessment-on-time"]), "Example assessment-on-time loaded.");
new CaseloadView();
document.documentElement.dataset["ready"] = "true";
