/**
 * `ehc-timeline import sen2`: SEN2 returns (XML files, or the CSV files of a Blade export) in,
 * one imported case file a line (NDJSON) out. Issues go to stderr with the XML path or the CSV
 * row and column, never a value; the counts of persons read, imported and skipped close it.
 *
 * @module
 */
import { createHmac } from "node:crypto";
import { SequencePseudonyms, type Sen2Source, importSen2 } from "../import/sen2/index";
import { EXIT, UsageError, readError, readWholeText, sourceName, withoutBom } from "./common";
import type { CliIo } from "./io";
import { lookupText, readLookup } from "./sequence-ids";
import { NotUtf8Error } from "./utf8-input";

/** A key shorter than this would make the pseudonyms guessable from the UPNs. */
const MIN_KEY_LENGTH = 16;

/** The case id of a child: an HMAC-SHA256 of the identity under the user's key, 96 bits in hex. */
export function keyedPseudonym(key: string): (identityKey: string) => string {
  return (identityKey) => `sen2-${createHmac("sha256", key).update(identityKey).digest("hex").slice(0, 24)}`;
}

/** How case ids are made: `hash` (a keyed hash, `--key-file`) or `sequence` (numbers, with the lookup in `--lookup`). */
export interface IdOptions {
  readonly ids?: string;
  readonly keyFile?: string;
  readonly lookup?: string;
}

async function readKey(io: CliIo, path: string | undefined): Promise<string> {
  if (path === undefined) throw new UsageError("--key-file is required with --ids hash: case ids are a keyed hash of the UPN, never the UPN itself");
  const key = (await readWholeText(io, path)).trim();
  if (key.length < MIN_KEY_LENGTH) throw new UsageError(`the key in --key-file must be at least ${MIN_KEY_LENGTH} characters`);
  return key;
}

/** A lookup file that does not exist yet starts the sequence at 1; one that cannot be read stops the import. */
async function openLookup(io: CliIo, path: string): Promise<SequencePseudonyms> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return new SequencePseudonyms();
    throw readError(error, path);
  }
  return readLookup(withoutBom(text), path);
}

/** The pseudonym function, and what to do once every case is written (save the lookup). */
async function caseIds(io: CliIo, options: IdOptions): Promise<{ pseudonym: (identityKey: string) => string; finish: () => Promise<void> }> {
  if (options.ids === "sequence") {
    const lookup = options.lookup;
    if (lookup === undefined || io.writeText === undefined) throw new UsageError("--ids sequence needs --lookup FILE: the file that keeps which child has which number");
    const ids = await openLookup(io, lookup);
    const write = io.writeText;
    return {
      pseudonym: ids.pseudonym,
      finish: async () => {
        try {
          await write(lookup, lookupText(ids));
        } catch {
          throw new UsageError(`cannot write ${sourceName(lookup)}`);
        }
      },
    };
  }
  if (options.lookup !== undefined) throw new UsageError("--lookup goes with --ids sequence; hashed ids need no lookup");
  return { pseudonym: keyedPseudonym(await readKey(io, options.keyFile)), finish: async () => undefined };
}

async function* textChunks(io: CliIo, path: string): AsyncGenerator<string> {
  if (io.openChunks === undefined) {
    yield await readWholeText(io, path);
    return;
  }
  // The rule for text input (utf8-input.ts): a byte-order mark dropped, bytes that are not UTF-8 refused.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const bytes of await io.openChunks(path)) yield decoder.decode(bytes, { stream: true });
    yield decoder.decode();
  } catch (error) {
    throw error instanceof TypeError ? new NotUtf8Error() : error;
  }
}

/** Read errors are usage errors (exit 2, no stack trace). */
async function* guarded(chunks: AsyncIterable<string>, path: string): AsyncGenerator<string> {
  try {
    yield* chunks;
  } catch (error) {
    throw readError(error, path);
  }
}

async function sourcesOf(io: CliIo, files: readonly string[]): Promise<Sen2Source[]> {
  const sources: Sen2Source[] = [];
  const csv = files.filter((f) => f.toLowerCase().endsWith(".csv"));
  for (const file of files) {
    if (file.toLowerCase().endsWith(".csv")) continue;
    sources.push({ kind: "xml", name: file, chunks: guarded(textChunks(io, file), file) });
  }
  if (csv.length > 0) {
    const texts = [];
    for (const name of csv) {
      texts.push({ name, text: await readWholeText(io, name) });
    }
    sources.push({ kind: "blade", name: csv.length === 1 ? (csv[0] ?? "") : "Blade export", files: texts });
  }
  return sources;
}

/**
 * Imports the returns. Exit code 2 when a file, a person or an item could not be read (what
 * could be read is still written), else 0.
 */
export async function importSen2Command(io: CliIo, files: readonly string[], options: IdOptions): Promise<number> {
  const ids = await caseIds(io, options);
  const sources = await sourcesOf(io, files);
  let code: number = EXIT.ok;
  for await (const item of importSen2(sources, { pseudonym: ids.pseudonym })) {
    if (item.kind === "case") {
      io.stdout(`${JSON.stringify(item.case)}\n`);
      if ((await io.drain?.()) === false) break;
    } else if (item.kind === "issue") {
      io.stderr(`ehc-timeline: ${item.issue.path}: ${item.issue.message} [${item.issue.code}]\n`);
    } else {
      const s = item.summary;
      if (s.errors > 0) code = EXIT.invalid;
      io.stderr(
        `ehc-timeline: import sen2: ${s.files} file${s.files === 1 ? "" : "s"} (${s.filesRejected} rejected), ` +
          `${s.personsRead} persons read, ${s.personsImported} imported, ${s.personsSkipped} skipped; ${s.cases} cases written\n`,
      );
    }
  }
  await ids.finish();
  return code;
}
