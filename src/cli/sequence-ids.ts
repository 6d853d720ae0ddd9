/**
 * The lookup file of `import sen2 --ids sequence`: CSV `caseId,identity`, read before the import
 * (so a child keeps its number across years) and written back after it. The lookup holds UPNs,
 * so it is the user's to keep safe; nothing else the import writes does.
 *
 * @module
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { SequencePseudonyms } from "../import/sen2/index";
import { UsageError, sourceName } from "./common";

const HEADER = ["caseId", "identity"] as const;

/** Reads a lookup written earlier; a bad row is named by its number, never its content. */
export function readLookup(text: string, path: string): SequencePseudonyms {
  const ids = new SequencePseudonyms();
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch {
    throw new UsageError(`${sourceName(path)}: not a CSV lookup of case ids`);
  }
  rows.forEach((row, index) => {
    if (index === 0 && row[0] === HEADER[0] && row[1] === HEADER[1]) return;
    const [caseId, identity] = row;
    if (row.length !== 2 || caseId === undefined || identity === undefined || identity === "" || !ids.known(identity, caseId)) {
      throw new UsageError(`${sourceName(path)}: row ${index + 1}: expected a case id (sen2-s…) and a child's identity seen once`);
    }
  });
  return ids;
}

/** The lookup to write back: every id given, old and new. */
export function lookupText(ids: SequencePseudonyms): string {
  return stringify([[...HEADER], ...[...ids.entries()].map(([identity, caseId]) => [caseId, identity])]);
}
