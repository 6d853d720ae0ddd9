// Timelines for the adapter tests: the worked example, and hand-made ones with awkward text.
import { readFileSync } from "node:fs";
import { parseCaseFileOrThrow } from "../../src/schema/parse";
import { timeline } from "../../src/timeline/compute";
import type { Deadline, Timeline } from "../../src/timeline/types";
import type { DeadlineKey, RuleId } from "../../src/law/rule-ids";

export const EXAMPLE_PATH = new URL("../../examples/cases/assessment-on-time.json", import.meta.url);
export const EXAMPLE_TEXT = readFileSync(EXAMPLE_PATH, "utf8");

/** examples/cases/assessment-on-time.json at 2025-01-10. */
export function exampleTimeline(): Timeline {
  return timeline(parseCaseFileOrThrow(JSON.parse(EXAMPLE_TEXT)), { asOf: "2025-01-10" });
}

/** One deadline with every field filled; pass what differs. Keys may be any text, to test how adapters write them. */
export function deadline(fields: Partial<Omit<Deadline, "key">> & Pick<Deadline, "title" | "due"> & { readonly key: string }): Deadline {
  return {
    rule: (fields.key.split(":")[0] ?? fields.key) as RuleId,
    status: "pending",
    doneOn: null,
    doneBy: null,
    strength: "statutory",
    owner: "local-authority",
    citation: "SEND Regulations 2014, reg 13(2)",
    verified: true,
    anchor: { event: "assessment-requested", eventId: "e1", date: "2024-09-04" },
    counting: "weeks-after(20)",
    reading: {},
    exception: null,
    indicativeDue: null,
    explanation: ["Request received 2024-09-04 (event e1).", "20 weeks after: 2025-01-22."],
    ...fields,
    key: fields.key as DeadlineKey,
  };
}

/** A timeline built by hand around the given deadlines. */
export function handMadeTimeline(caseId: string, deadlines: readonly Deadline[], asOf = "2025-01-10"): Timeline {
  return { caseId, asOf, stage: "assessing", dispute: null, deadlines, problems: [], support: null };
}
