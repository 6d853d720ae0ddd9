/**
 * Renders `docs/machine.md` from the machine's own tables: the stages and what moves a case
 * between them (a Mermaid diagram, from the event table's `moves`), every event type's row, and
 * every rule's lifecycle (from the wiring table). `test/docs/machine.test.ts` renders it again
 * and compares, so the committed page never goes stale.
 *
 * Run: `npx tsx scripts/render-machine.ts` (add `--check` to only compare; exit 1 if stale)
 */
import { RULES, publicIdOf } from "../src/law/catalogue";
import { formatCountingForm } from "../src/dates/counting";
import type { Rule } from "../src/law/types";
import { EVENT_TABLE, type EventRow, NATURAL_ORDER_OF_TYPES } from "../src/process/event-table";
import { type Act, type End, lifecycleOf } from "../src/process/lifecycle";
import { STAGES, type Stage } from "../src/process/states";
import type { EventType } from "../src/schema/events";
import { cell } from "./render-reference";
import { type RenderedFile, runRenderScript, staleFiles } from "./rendered-files";

/** The command that rewrites the page. */
export const RENDER_MACHINE_COMMAND = "npx tsx scripts/render-machine.ts";

const code = (text: string): string => `\`${text}\``;
const node = (stage: string): string => stage.replace(/-/g, "_");
const rowOf = (type: EventType): EventRow<EventType> => EVENT_TABLE[type] as EventRow<EventType>;

/** An act in words: its event type, the field values it needs, and who applies it. */
function actText(act: Act | End): string {
  const where =
    act.where === undefined
      ? ""
      : ` (${Object.entries(act.where)
          .map(([field, value]) => `${field}: ${String(value)}`)
          .join(", ")})`;
  const by = act.by === undefined ? "table" : act.by === "pending" ? "table, while pending" : act.by;
  return `${code(act.on)}${where} [${by}]`;
}

/** The stages and the moves between them, as a Mermaid state diagram; `any` moves leave from one node. */
export function stageDiagram(): string[] {
  const edges = new Map<string, EventType[]>();
  for (const type of NATURAL_ORDER_OF_TYPES) {
    const moves = rowOf(type).moves ?? {};
    for (const to of STAGES) {
      const from = moves[to];
      if (from === undefined) continue;
      for (const source of from === "any" ? ["any stage"] : from.filter((stage) => stage !== to)) {
        const key = `${source}|${to}`;
        edges.set(key, [...(edges.get(key) ?? []), type]);
      }
    }
  }
  const lines = ["```mermaid", "stateDiagram-v2", "    direction LR", `    [*] --> ${node("not-started")}`];
  for (const stage of STAGES) lines.push(`    state "${stage}" as ${node(stage)}`);
  lines.push(`    state "any stage" as ${node("any stage").replace(/ /g, "_")}`);
  for (const [key, types] of edges) {
    const [from = "", to = ""] = key.split("|");
    lines.push(`    ${node(from).replace(/ /g, "_")} --> ${node(to)} : ${types.join(", ")}`);
  }
  lines.push("```");
  return lines;
}

/** The rules whose lifecycle names an event type among its acts of one kind. */
function rulesWith(kind: "opens" | "meets" | "ends", type: EventType): string[] {
  const ids = RULES.filter((rule) => (lifecycleOf(rule)[kind] as readonly (Act | End)[]).some((act) => act.on === type)).map(publicIdOf);
  return [...new Set(ids)];
}

function eventTable(): string[] {
  const lines = ["| # | event type | needs a plan | appealable | moves to | opens | meets | ends |", "|---|---|---|---|---|---|---|---|"];
  NATURAL_ORDER_OF_TYPES.forEach((type, index) => {
    const row = rowOf(type);
    const moves = Object.keys(row.moves ?? {})
      .map(code)
      .join(", ");
    const list = (ids: string[]): string => ids.map(code).join(", ");
    lines.push(
      `| ${index + 1} | ${code(type)} | ${row.requires === "plan" ? "yes" : ""} | ${row.appealable === undefined ? "" : "yes"} | ${moves} | ${list(rulesWith("opens", type))} | ${list(rulesWith("meets", type))} | ${list(rulesWith("ends", type))} |`,
    );
  });
  return lines;
}

function ruleSection(rule: Rule): string[] {
  const lifecycle = lifecycleOf(rule);
  const list = (acts: readonly (Act | End)[]): string => (acts.length === 0 ? "nothing" : acts.map(actText).join("; "));
  const group = rule.group === undefined ? "" : ` (public id ${code(rule.group)})`;
  const lines = [
    `### ${code(rule.id)}${group}`,
    "",
    `${rule.title}: ${rule.duty} ${cell(rule.citation)}; ${rule.owner}, ${rule.strength}, ${code(formatCountingForm(rule.counting))}.`,
    "",
    `- opened by: ${list(lifecycle.opens)}`,
    `- met by: ${list(lifecycle.meets)}`,
    `- ended by: ${list(lifecycle.ends)}`,
  ];
  if (lifecycle.notes !== undefined) lines.push(`- noted in its working: ${list(lifecycle.notes)}`);
  if (lifecycle.ordersAmendment === true) lines.push("- while pending, an amended plan follows this limit, not the Regs 22 notice and window");
  if (rule.readings !== undefined) lines.push(`- readings it uses: ${rule.readings.map(code).join(", ")}`);
  return [...lines, ""];
}

function renderMachine(): string {
  const stages = (list: readonly Stage[]): string => list.map(code).join(", ");
  const lines = [
    "<!-- Generated by scripts/render-machine.ts from src/process/event-table.ts and src/process/lifecycle.ts: do not edit by hand; run `npx tsx scripts/render-machine.ts`. -->",
    "",
    "# The machine",
    "",
    "How a case moves, as the engine's own tables say it. The event table (`src/process/event-table.ts`)",
    "gives every event type its place in the natural order of same-day events, its handler, whether it",
    "needs a plan in force, what it decides that can be appealed (CFA s.51(2)) and the stages it can move",
    "a case to. The wiring table (`src/process/lifecycle.ts`) gives every rule the acts that open, meet and",
    "end it, and who applies each: the table itself, or the hand-written handler of a process whose logic",
    "depends on its state (review cycles, appeal windows, disputes, SEN support). A property test holds the",
    "handlers to both tables. See [contributing.md](contributing.md) for adding a rule or an event type.",
    "",
    "## Stages",
    "",
    `${STAGES.length} stages: ${stages(STAGES)}. An arrow is every event type that can make that move; from`,
    "`any stage`, the handler works the stage out from the assessment round or the plan it leaves.",
    "",
    ...stageDiagram(),
    "",
    "## Event types",
    "",
    `${NATURAL_ORDER_OF_TYPES.length} event types, in the natural order of events on the same day.`,
    "",
    ...eventTable(),
    "",
    "## Rules",
    "",
    `${RULES.length} rules. Each act says who applies it in brackets: \`table\`, or the file in \`src/process/\` whose`,
    "handler does; an act with field values counts only with them.",
    "",
    ...RULES.flatMap(ruleSection),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The page as it should be. */
export function renderMachinePage(): RenderedFile[] {
  return [{ path: "docs/machine.md", content: renderMachine() }];
}

/** The files whose committed content differs from a fresh rendering. */
export const staleMachinePage = (): string[] => staleFiles(renderMachinePage());

runRenderScript(import.meta.url, renderMachinePage, RENDER_MACHINE_COMMAND);
