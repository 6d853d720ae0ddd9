/**
 * The README's example as a program: parse a case file, compute its timeline, print each
 * deadline with its status and legal source.
 *
 *   npx tsx examples/quick-start.ts
 *
 * In your project, import from "ehc-timeline" instead of "../src/index".
 */
import { parseCaseFile, timeline } from "../src/index";

const parsed = parseCaseFile({
  caseId: "C-0042",
  events: [
    { type: "assessment-requested", date: "2024-09-04", by: "parent" },
    { type: "assessment-decision", date: "2024-10-10", outcome: "assess" },
  ],
});
if (!parsed.success) {
  for (const issue of parsed.issues) console.error(`${issue.path}: ${issue.message}`);
  process.exit(2);
}
const result = timeline(parsed.data, { asOf: "2024-12-01" });
console.log(`Case ${result.caseId}: ${result.stage}`);
for (const d of result.deadlines) console.log(`${d.due ?? "no date"}  ${d.status.padEnd(14)} ${d.key} [${d.strength}] ${d.citation}`);
