/**
 * `ehc-timeline/sen2`: an LA's SEN2 person-level returns (XML, or the COLLECT Blade CSV
 * export) into case files, one per child, with the SEN2 facts the case file cannot hold under
 * the `sen2` key. Pure: text in, cases out; the caller reads the files and chooses the
 * pseudonym function (the CLI uses a keyed hash).
 *
 * @module ehc-timeline/sen2
 */
import { type BladeFile, readBladeCsv } from "./csv";
import { type MergedPerson, identityKey, mergePersons } from "./merge";
import { type ImportedCase, mapPerson } from "./map";
import type { ImportIssue, Sen2Person } from "./types";
import { type Sen2XmlItem, readSen2Xml } from "./xml";

export { readSen2Xml, type Sen2XmlItem } from "./xml";
export { readBladeCsv, bladeModule, type BladeFile } from "./csv";
export { mergePersons, identityKey, type MergedPerson } from "./merge";
export { mapPerson, type ImportedCase, type ImportedEvent, type Sen2CaseFacts, type Sen2ChainFacts } from "./map";
export { readSen2Date } from "./person";
export { SequencePseudonyms, sequenceNumber } from "./sequence";
export {
  SUPPORTED_YEARS,
  type AssessmentOutcomeCode,
  type RequestOutcomeCode,
  type ImportIssue,
  type Sen2IssueCode,
  type Sen2Chain,
  type Sen2Header,
  type Sen2Identity,
  type Sen2Person,
  type Sen2Review,
} from "./types";
export { Sen2Tally, sen2CaseListing, type Sen2Figures, type Sen2CaseListing, type Sen2PlanListing, type Sen2Ratio } from "./report";

/** One return: an XML file as text chunks, or the files of a Blade CSV export. */
export type Sen2Source =
  | { readonly kind: "xml"; readonly name: string; readonly chunks: AsyncIterable<string> | Iterable<string> }
  | { readonly kind: "blade"; readonly name: string; readonly files: readonly BladeFile[] };

/** Options of {@link importSen2}. */
export interface Sen2ImportOptions {
  /**
   * The case id of a child from its identity key (UPN, ULN or the unknown-UPN reason with name
   * and date of birth). Must not return the key itself: use a keyed hash.
   */
  readonly pseudonym: (identityKey: string) => string;
}

/** Counts of an import: every person read is imported or skipped, never lost. */
export interface Sen2ImportSummary {
  readonly files: number;
  /** Files of which nothing could be imported (not SEN2, a year not read, not XML from the start). */
  readonly filesRejected: number;
  readonly personsRead: number;
  readonly personsImported: number;
  readonly personsSkipped: number;
  readonly cases: number;
  /** Issues of severity `error`: the CLI exits 2 when there are any. */
  readonly errors: number;
}

/** What an import gives, in order: cases and issues as found, then the summary. */
export type Sen2ImportItem =
  | { readonly kind: "case"; readonly case: ImportedCase }
  | { readonly kind: "issue"; readonly issue: ImportIssue }
  | { readonly kind: "summary"; readonly summary: Sen2ImportSummary };

function items(source: Sen2Source): AsyncIterable<Sen2XmlItem> | Iterable<Sen2XmlItem> {
  return source.kind === "xml" ? readSen2Xml(source.chunks, source.name) : readBladeCsv(source.files, source.name);
}

/**
 * Imports SEN2 returns. One return streams: each child's case is given as soon as it is read,
 * so memory stays flat. Several returns (of one LA, any years) are merged per child, which
 * holds one compact record per person until the last is read.
 *
 * @example
 * for await (const item of importSen2([{ kind: "xml", name: "2025.xml", chunks }], { pseudonym })) {
 *   if (item.kind === "case") write(`${JSON.stringify(item.case)}\n`);
 * }
 */
export async function* importSen2(sources: readonly Sen2Source[], options: Sen2ImportOptions): AsyncGenerator<Sen2ImportItem> {
  const streaming = sources.length === 1;
  const byChild = new Map<string, Sen2Person[]>();
  const seen = new Set<string>();
  let personsRead = 0;
  let personsImported = 0;
  let personsSkipped = 0;
  let cases = 0;
  let errors = 0;
  let filesRejected = 0;
  for (const source of sources) {
    let header = false;
    for await (const item of items(source)) {
      if (item.kind === "header") header = true;
      else if (item.kind === "issue") {
        if (item.issue.severity === "error") errors += 1;
        yield item;
      } else if (item.kind === "skipped") {
        personsRead += 1;
        personsSkipped += 1;
      } else {
        personsRead += 1;
        const key = identityKey(item.person);
        const caseId = options.pseudonym(key);
        if (!streaming) {
          const list = byChild.get(key);
          if (list === undefined) byChild.set(key, [item.person]);
          else list.push(item.person);
          personsImported += 1;
        } else if (seen.has(caseId)) {
          personsSkipped += 1;
          errors += 1;
          yield {
            kind: "issue",
            issue: {
              code: "duplicate-person",
              severity: "error",
              path: item.person.where,
              message: "the same child as an earlier person of this return; the person was skipped (give each child once, with all their requests)",
            },
          };
        } else {
          seen.add(caseId);
          personsImported += 1;
          cases += 1;
          yield { kind: "case", case: mapPerson(mergePersons([item.person]), caseId) };
        }
      }
    }
    if (!header) filesRejected += 1;
  }
  for (const [key, persons] of byChild) {
    const merged: MergedPerson = mergePersons(persons);
    cases += 1;
    yield { kind: "case", case: mapPerson(merged, options.pseudonym(key)) };
  }
  yield { kind: "summary", summary: { files: sources.length, filesRejected, personsRead, personsImported, personsSkipped, cases, errors } };
}
