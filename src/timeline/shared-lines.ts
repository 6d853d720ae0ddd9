/**
 * Lines of working that many deadlines of one case would repeat word for word, written once
 * and shared (docs/performance.md: shared lines): a status line ends every deadline; the
 * deadlines opened by one event (the four limits of a request) start with the same anchor line;
 * advice asked for on one day counts the same six weeks. A long case keeps its whole working
 * until the caller is done with it, so each line not repeated is memory not held, and not copied
 * by the garbage collector as the case is computed.
 *
 * @module
 */
import { type DayNumber, describeDate } from "../dates/civil-date";
import type { CountingContext, CountingForm } from "../dates/counting";
import { describeCounting } from "../dates/describe";
import type { Anchor } from "../process/states";
import { statusLine } from "./status";
import type { DeadlineStatus } from "./types";

/** `<label>: <date> (event <id>).`: the line that names an event, the one a period runs from or one noted on the way. */
export function anchorLine(label: string, anchor: Anchor): string {
  return `${label}: ${describeDate(anchor.day)} (event ${anchor.eventId}).`;
}

/**
 * One case's shared lines. The anchor and counting lines keep the last line written: the
 * deadlines that repeat one are computed one after another, as the event that opens them opens
 * them together, so a lookup is a few comparisons and nothing is kept per line.
 */
export class SharedLines {
  private readonly statusLines: Partial<Record<DeadlineStatus, string>> = {};
  private anchorLabel = "";
  private anchorOf: Anchor | null = null;
  private anchorText = "";
  private form: CountingForm | null = null;
  private from: DayNumber = Number.NaN;
  private to: DayNumber | null = null;
  private countingText = "";

  constructor(
    private readonly asOf: DayNumber,
    private readonly counting: CountingContext,
  ) {}

  /** The last line: where the deadline stands at the as-of date. */
  status(status: DeadlineStatus): string {
    return (this.statusLines[status] ??= statusLine(this.asOf, status));
  }

  /** The line that names the event a period runs from ({@link anchorLine}). */
  anchor(label: string, anchor: Anchor): string {
    if (anchor !== this.anchorOf || label !== this.anchorLabel) {
      this.anchorOf = anchor;
      this.anchorLabel = label;
      this.anchorText = anchorLine(label, anchor);
    }
    return this.anchorText;
  }

  /** How `due` follows from `anchor` under `form` ({@link describeCounting}). */
  countingFrom(form: CountingForm, anchor: DayNumber, due: DayNumber | null): string {
    if (form !== this.form || anchor !== this.from || due !== this.to) {
      this.form = form;
      this.from = anchor;
      this.to = due;
      this.countingText = describeCounting(form, anchor, due, this.counting);
    }
    return this.countingText;
  }
}
