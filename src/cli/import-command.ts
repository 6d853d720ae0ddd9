/**
 * `ehc-timeline import sen2`: SEN2 returns (XML files, or the CSV files of a Blade export) in,
 * one imported case file a line (NDJSON) out. Issues go to stderr with the XML path or the CSV
 * row and column, never a value; the counts of persons read, imported and skipped close it.
 *
 * @module
 */
import { createHmac } from "node:crypto";
import { type Sen2Source, importSen2 } from "../import/sen2/index";
import { EXIT, UsageError, sourceName } from "./common";
import type { CliIo } from "./io";

/** A key shorter than this would make the pseudonyms guessable from the UPNs. */
const MIN_KEY_LENGTH = 16;

/** The case id of a child: an HMAC-SHA256 of the identity under the user's key, 96 bits in hex. */
export function keyedPseudonym(key: string): (identityKey: string) => string {
  return (identityKey) => `sen2-${createHmac("sha256", key).update(identityKey).digest("hex").slice(0, 24)}`;
}

async function readKey(io: CliIo, path: string | undefined): Promise<string> {
  if (path === undefined) throw new UsageError("--key-file is required: case ids are a keyed hash of the UPN, never the UPN itself");
  let key: string;
  try {
    key = (await io.readText(path)).trim();
  } catch {
    throw new UsageError(`cannot read ${sourceName(path)}`);
  }
  if (key.length < MIN_KEY_LENGTH) throw new UsageError(`the key in --key-file must be at least ${MIN_KEY_LENGTH} characters`);
  return key;
}

async function* textChunks(io: CliIo, path: string): AsyncGenerator<string> {
  if (io.openChunks === undefined) {
    yield await io.readText(path);
    return;
  }
  const decoder = new TextDecoder("utf-8");
  for await (const bytes of await io.openChunks(path)) yield decoder.decode(bytes, { stream: true });
  yield decoder.decode();
}

/** Read errors are usage errors (exit 2, no stack trace). */
async function* guarded(chunks: AsyncIterable<string>, path: string): AsyncGenerator<string> {
  try {
    yield* chunks;
  } catch {
    throw new UsageError(`cannot read ${sourceName(path)}`);
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
      try {
        texts.push({ name, text: await io.readText(name) });
      } catch {
        throw new UsageError(`cannot read ${sourceName(name)}`);
      }
    }
    sources.push({ kind: "blade", name: csv.length === 1 ? (csv[0] ?? "") : "Blade export", files: texts });
  }
  return sources;
}

/**
 * Imports the returns. Exit code 2 when a file, a person or an item could not be read (what
 * could be read is still written), else 0.
 */
export async function importSen2Command(io: CliIo, files: readonly string[], options: { keyFile?: string }): Promise<number> {
  const key = await readKey(io, options.keyFile);
  const sources = await sourcesOf(io, files);
  let code: number = EXIT.ok;
  for await (const item of importSen2(sources, { pseudonym: keyedPseudonym(key) })) {
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
  return code;
}
