/**
 * The COLLECT "Blade" CSV export of a SEN2 return (sen2.md § 1.3): one file per module, rows
 * linked by `<parent>tableid` columns. The rows are joined into the same person trees the XML
 * gives, so both are read by one set of rules. Column names are the XML element names in
 * lower case. An export is small next to the XML it stands for, and its rows must be joined,
 * so its files are read whole.
 *
 * @module
 */
import { CsvError, parse } from "csv-parse/sync";
import { readHeader, readPerson } from "./person";
import { type ImportIssue, SUPPORTED_YEARS, type Sen2Node } from "./types";
import type { Sen2XmlItem } from "./xml";

/** One file of an export: its name (which ends in the module, `…_person.csv`) and its text. */
export interface BladeFile {
  readonly name: string;
  readonly text: string;
}

/** The modules read; `plandetail`, `placementdetail` and `senneed` set no time limit and are not needed. */
const MODULES = ["sen2", "person", "requests", "assessment", "namedplan", "activeplans"] as const;
type Module = (typeof MODULES)[number];
/** The parent key column of each module's rows. */
const PARENT: Readonly<Record<Exclude<Module, "sen2">, string>> = {
  person: "sen2tableid",
  requests: "persontableid",
  assessment: "requeststableid",
  namedplan: "assessmenttableid",
  activeplans: "requeststableid",
};

interface Row {
  readonly at: string;
  readonly cells: Readonly<Record<string, string>>;
}

/** The module a file holds, from its name (`Blade-Export_28-02-2025_person.csv`, or `person.csv`). */
export function bladeModule(name: string): Module | null {
  const base = (name.split(/[\\/]/).pop() ?? name).toLowerCase().replace(/\.csv$/, "");
  const suffix = base.split("_").pop() ?? base;
  return (MODULES as readonly string[]).includes(suffix) ? (suffix as Module) : null;
}

function rowsOf(file: BladeFile, module: Module, issues: ImportIssue[], source: string): Row[] {
  const label = `${module}.csv`;
  let records: Record<string, string>[];
  try {
    records = parse(file.text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    const lines: unknown = error instanceof CsvError ? (error as unknown as { lines?: unknown }).lines : undefined;
    const line = typeof lines === "number" ? `, line ${lines}` : "";
    issues.push({
      code: "not-sen2-return",
      severity: "error",
      path: `${source}: ${label}${line}`,
      message: "the file is not readable CSV (its rows do not all have the header's columns); nothing was imported from it",
    });
    return [];
  }
  // Row numbers as a spreadsheet shows them: the header is row 1.
  return records.map((cells, i) => ({ at: `${label} row ${i + 2}`, cells }));
}

function rowNode(name: string, row: Row): Sen2Node {
  const node: Sen2Node = { name: name.toLowerCase(), tag: name, text: "", children: [], at: row.at };
  for (const [column, value] of Object.entries(row.cells)) node.children.push({ name: column, tag: column, text: value, children: [] });
  return node;
}

function byParent(rows: readonly Row[], key: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const parent = row.cells[key] ?? "";
    const list = map.get(parent);
    if (list === undefined) map.set(parent, [row]);
    else list.push(row);
  }
  return map;
}

const cell = (text: string | undefined, name: string): Sen2Node => ({ name: name.toLowerCase(), tag: name, text: text ?? "", children: [] });

/**
 * Reads a Blade CSV export (the files of one return). `source` names the export in every issue.
 * Rows that link to no parent row are reported, not dropped silently.
 */
export function* readBladeCsv(files: readonly BladeFile[], source: string): Generator<Sen2XmlItem> {
  const issues: ImportIssue[] = [];
  const rows = new Map<Module, Row[]>();
  for (const file of files) {
    const module = bladeModule(file.name);
    if (module === null) continue;
    rows.set(module, rowsOf(file, module, issues, source));
  }
  const where = `${source}: `;
  const header = rows.get("sen2")?.[0];
  if (header === undefined) {
    yield* issues.map((issue) => ({ kind: "issue" as const, issue }));
    yield {
      kind: "issue",
      issue: {
        code: "not-sen2-return",
        severity: "error",
        path: `${where}sen2.csv row 2`,
        message: "the export has no header row (its sen2 file is missing or empty); nothing was imported from it",
      },
    };
    return;
  }
  const c = header.cells;
  const headerNode: Sen2Node = {
    name: "header",
    tag: "Header",
    text: "",
    children: [
      {
        name: "collectiondetails",
        tag: "CollectionDetails",
        text: "",
        children: [cell(c["collection"], "Collection"), cell(c["year"], "Year"), cell(c["referencedate"], "ReferenceDate")],
      },
      { name: "source", tag: "Source", text: "", children: [cell(c["lea"], "LEA")] },
    ],
  };
  const read = readHeader(headerNode, where);
  if ("issue" in read || !(SUPPORTED_YEARS as readonly number[]).includes(read.header.year)) {
    yield* issues.map((issue) => ({ kind: "issue" as const, issue }));
    const issue: ImportIssue =
      "issue" in read
        ? { ...read.issue, path: `${where}sen2.csv row 2, column ${read.issue.path.endsWith("Year") ? "year" : "collection"}` }
        : {
            code: "unsupported-year",
            severity: "error",
            path: `${where}sen2.csv row 2, column year`,
            message: `is a collection year whose layout is not read (supported: ${SUPPORTED_YEARS.join(", ")}); nothing was imported from the export`,
          };
    yield { kind: "issue", issue };
    return;
  }
  yield { kind: "header", header: read.header };
  const returnHeader = read.header;
  const requests = byParent(rows.get("requests") ?? [], PARENT.requests);
  const assessments = byParent(rows.get("assessment") ?? [], PARENT.assessment);
  const plans = byParent(rows.get("namedplan") ?? [], PARENT.namedplan);
  const actives = byParent(rows.get("activeplans") ?? [], PARENT.activeplans);
  const linked = new Set<string>();
  const link = (map: Map<string, Row[]>, key: string | undefined): Row[] => {
    const found = key === undefined ? undefined : map.get(key);
    for (const row of found ?? []) linked.add(row.at);
    return found ?? [];
  };
  for (const personRow of rows.get("person") ?? []) {
    const person = rowNode("Person", personRow);
    for (const requestRow of link(requests, personRow.cells["persontableid"])) {
      const request = rowNode("Requests", requestRow);
      for (const assessmentRow of link(assessments, requestRow.cells["requeststableid"])) {
        const assessment = rowNode("Assessment", assessmentRow);
        for (const planRow of link(plans, assessmentRow.cells["assessmenttableid"])) assessment.children.push(rowNode("NamedPlan", planRow));
        request.children.push(assessment);
      }
      for (const activeRow of link(actives, requestRow.cells["requeststableid"])) request.children.push(rowNode("ActivePlans", activeRow));
      person.children.push(request);
    }
    const found: ImportIssue[] = [];
    const imported = readPerson(person, personRow.at, where, returnHeader, found);
    issues.push(...found);
    yield* issues.splice(0).map((issue) => ({ kind: "issue" as const, issue }));
    yield imported === null ? { kind: "skipped", where: `${where}${personRow.at}` } : { kind: "person", person: imported };
  }
  // Rows whose parent row is not in the export: reported, since they cannot be placed.
  for (const module of ["requests", "assessment", "namedplan", "activeplans"] as const) {
    for (const row of rows.get(module) ?? []) {
      if (!linked.has(row.at)) {
        issues.push({
          code: "missing-item",
          severity: "error",
          path: `${where}${row.at}, column ${PARENT[module]}`,
          message: "links to no row of its parent file; the row was not imported",
        });
      }
    }
  }
  yield* issues.map((issue) => ({ kind: "issue" as const, issue }));
}
