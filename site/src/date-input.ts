/**
 * The page's date fields: text that takes a date as people in England write it (22/01/2025,
 * 22 January 2025, Wed 22 Jan 2025) or ISO (2025-01-22), with the date read back beside it in
 * words. Not `<input type="date">`: that control shows the browser's format, not the page's
 * (mm/dd/yyyy in a US-English browser whatever the page's language), which invites a day and a
 * month read the wrong way round.
 */
import { h } from "./dom";
import { longDate } from "./words";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const HOW = "Write a date as 22/01/2025, 22 January 2025 or 2025-01-22.";

/** `YYYY-MM-DD` of a real calendar day, or `null`. */
function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The ISO date of what was typed (day first, as in England), or `null` when it is not a date. */
export function readDate(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso !== null) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (numeric !== null) return isoOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  // An optional weekday, then day, month in words (3 letters or more), year.
  const words = /^(?:[a-z]+ )?(\d{1,2}) ([a-z]{3,}) (\d{4})$/.exec(t);
  if (words === null) return null;
  const name = words[2] ?? "";
  const month = MONTHS.findIndex((m) => name.startsWith(m));
  return month < 0 ? null : isoOf(Number(words[3]), month + 1, Number(words[1]));
}

/** The field's date as ISO; what was typed when it is not a date (so that the check after it says why), `""` when empty. */
export function dateValue(input: HTMLInputElement): string {
  const text = input.value.trim();
  return readDate(text) ?? text;
}

/** Sets the field to a date and reads it back. */
export function setDate(input: HTMLInputElement, iso: string): void {
  input.value = iso;
  input.dispatchEvent(new Event("input"));
}

/** Makes a text field a date field: the date it holds is said in words beside it, as it is typed. */
export function dateField(input: HTMLInputElement): HTMLInputElement {
  const read = h("span", { class: "hint date-read", id: `${input.id}-read`, "aria-live": "polite" });
  const said = (): void => {
    const text = input.value.trim();
    const iso = readDate(text);
    read.textContent = text === "" ? HOW : iso === null ? `Not a date. ${HOW}` : longDate(iso);
  };
  input.type = "text";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), read.id].filter((v) => v !== null).join(" "));
  input.addEventListener("input", said);
  input.after(read);
  said();
  return input;
}
