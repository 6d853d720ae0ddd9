/**
 * References to the specification in `docs/spec/`, and whether each one resolves.
 *
 * Comments and descriptions cite the specification by file name and section:
 * `rules.md § 1`, `rules.md § 1, § 7, § 8`, `rules.md §§ 2–5` (every number from 2 to 5),
 * `rules.md § 7 "Mediation agreements"` (a heading within section 7),
 * `counting.md § Readings` or `counting.md § "How an exception meets a limit"` (a heading by its
 * title), `counting.md worked example` (the heading "Worked examples"), or the bare file name.
 * An unquoted title runs to the first `(`, `)`, `,`, `.`, `;`, `:`, quote or backtick. Text after
 * a file name that starts with no `§` is prose, not a section, and only the file must exist.
 *
 * A numbered section is a heading `## 1. EHC needs assessment`; a titled one is any heading
 * (`## Readings`), matched without regard to case.
 *
 * `test/docs/spec-references.test.ts` checks every reference in the repository.
 * Run: `npx tsx scripts/spec-references.ts` (lists the references that do not resolve; exit 1 if any)
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./rendered-files";

const ROOT = root("");

/** The files of the specification, in `docs/spec/`. */
export const SPEC_FILES = ["rules.md", "counting.md", "case-file.md", "graduated-approach.md"] as const;

/** The name of a file of the specification. */
export type SpecFile = (typeof SPEC_FILES)[number];

/** The folder of the specification, relative to the repository's root. */
export const SPEC_DIR = "docs/spec";

/** What a reference names within a file. */
export type Section =
  /** A numbered section (`§ 7`), or a heading within it (`§ 7 "Mediation agreements"`). */
  | { readonly kind: "number"; readonly number: number; readonly heading?: string }
  /** Every numbered section from `first` to `last` (`§§ 2–5`). */
  | { readonly kind: "range"; readonly first: number; readonly last: number }
  /** A heading by its title (`§ Readings`). */
  | { readonly kind: "title"; readonly title: string };

/** One reference to the specification. */
export interface SpecReference {
  readonly file: string;
  readonly sections: readonly Section[];
  /** The reference as written, sections included. */
  readonly text: string;
  /** 1-based line of the file name in the text searched. */
  readonly line: number;
}

/** A heading of a specification file. */
export interface Heading {
  readonly level: number;
  /** `7` for `## 7. Tribunal orders`; `null` for a heading without a number. */
  readonly number: number | null;
  /** The heading's text without its number. */
  readonly title: string;
  /** The number of the numbered section the heading is in (its own number, if it has one). */
  readonly within: number | null;
}

const FILE_NAME = new RegExp(`(?<![\\w./-])(?:docs/spec/)?(${SPEC_FILES.map((f) => f.replace(".", "\\.")).join("|")})(?![\\w-])`, "g");

// What may follow a file name: a closing backtick, then sections, across a comment's line break.
const CLOSING_BACKTICK = /^`/;
const LINE_BREAK_IN_COMMENT = /[ \t]*\r?\n[ \t]*(?:\*(?!\/)|\/\/)?[ \t]*/g;
const RANGE = /^\s*§§\s*(\d+)\s*[–-]\s*(\d+)/;
const NUMBER = /^\s*§\s*(\d+)(?:\s+"([^"\n]+)")?/;
const QUOTED_TITLE = /^\s*§\s*"([^"\n]+)"/;
const BARE_TITLE = /^\s*§\s*([^()[\],.;:"'`*\n]+)/;
const NEXT_SECTION = /^\s*,\s*(?=§)/;
const WORKED_EXAMPLES = /^\s+worked examples?\b/i;

/** Every reference to the specification in a text (source code or Markdown). */
export function findReferences(text: string): SpecReference[] {
  const references: SpecReference[] = [];
  for (const match of text.matchAll(FILE_NAME)) {
    const file = match[1] ?? "";
    const start = match.index;
    const nameEnd = start + match[0].length;
    const after = text
      .slice(nameEnd, nameEnd + 300)
      .replace(CLOSING_BACKTICK, "")
      .replace(LINE_BREAK_IN_COMMENT, " ");
    const { sections, length } = readSections(after);
    const line = text.slice(0, start).split("\n").length;
    references.push({ file, sections, text: `${file}${after.slice(0, length).trimEnd()}`, line });
  }
  return references;
}

/** The sections named at the start of `text`, and how many characters they take. */
function readSections(text: string): { sections: Section[]; length: number } {
  const sections: Section[] = [];
  let at = 0;
  for (;;) {
    const read = readSection(text.slice(at));
    if (read === null) break;
    sections.push(read.section);
    at += read.length;
    const next = NEXT_SECTION.exec(text.slice(at));
    if (next === null) break;
    at += next[0].length;
  }
  if (sections.length === 0) {
    const worked = WORKED_EXAMPLES.exec(text);
    if (worked !== null) return { sections: [{ kind: "title", title: "Worked examples" }], length: worked[0].length };
  }
  return { sections, length: at };
}

function readSection(text: string): { section: Section; length: number } | null {
  const range = RANGE.exec(text);
  if (range !== null) return { section: { kind: "range", first: Number(range[1]), last: Number(range[2]) }, length: range[0].length };
  const numbered = NUMBER.exec(text);
  if (numbered !== null) {
    const heading = numbered[2];
    const section: Section = heading === undefined ? { kind: "number", number: Number(numbered[1]) } : { kind: "number", number: Number(numbered[1]), heading };
    return { section, length: numbered[0].length };
  }
  const quoted = QUOTED_TITLE.exec(text);
  if (quoted !== null) return { section: { kind: "title", title: quoted[1] ?? "" }, length: quoted[0].length };
  const bare = BARE_TITLE.exec(text);
  if (bare !== null && (bare[1] ?? "").trim() !== "") {
    const title = (bare[1] ?? "").trimEnd();
    return { section: { kind: "title", title: title.trim() }, length: bare[0].length - ((bare[1] ?? "").length - title.length) };
  }
  return null;
}

/** The headings of a Markdown text, outside fenced code blocks. */
export function headingsOf(markdown: string): Heading[] {
  const headings: Heading[] = [];
  let fenced = false;
  let section: { level: number; number: number } | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match === null) continue;
    const level = (match[1] ?? "").length;
    const text = match[2] ?? "";
    const numbered = /^(\d+)\.\s+(.+)$/.exec(text);
    if (section !== null && level <= section.level) section = null;
    if (numbered !== null) section = { level, number: Number(numbered[1]) };
    headings.push({
      level,
      number: numbered === null ? null : Number(numbered[1]),
      title: numbered === null ? text : (numbered[2] ?? ""),
      within: section?.number ?? null,
    });
  }
  return headings;
}

const normalise = (title: string): string => title.replace(/[`"*]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Why a reference does not resolve against the specification's files (file name → Markdown),
 * one sentence per missing part; empty when it resolves.
 */
export function unresolved(reference: SpecReference, spec: ReadonlyMap<string, string>): string[] {
  const markdown = spec.get(reference.file);
  if (markdown === undefined) return [`there is no ${SPEC_DIR}/${reference.file}`];
  const headings = headingsOf(markdown);
  const numbered = (n: number): boolean => headings.some((h) => h.number === n);
  const titled = (title: string, within: number | null): boolean => headings.some((h) => normalise(h.title) === normalise(title) && (within === null || h.within === within));
  const reasons: string[] = [];
  for (const section of reference.sections) {
    switch (section.kind) {
      case "number":
        if (!numbered(section.number)) reasons.push(`${reference.file} has no section numbered ${section.number}`);
        else if (section.heading !== undefined && !titled(section.heading, section.number))
          reasons.push(`${reference.file} § ${section.number} has no heading "${section.heading}"`);
        break;
      case "range":
        if (section.first > section.last) reasons.push(`${reference.file} §§ ${section.first}–${section.last} is not a range`);
        for (let n = section.first; n <= section.last; n += 1) {
          if (!numbered(n)) reasons.push(`${reference.file} has no section numbered ${n}`);
        }
        break;
      case "title":
        if (!titled(section.title, null)) reasons.push(`${reference.file} has no heading "${section.title}"`);
        break;
      default:
        return section satisfies never;
    }
  }
  return reasons;
}

/** The specification as it is on disk: file name → Markdown, for every file of `docs/spec/`. */
export function readSpec(base: string = ROOT): Map<string, string> {
  const dir = join(base, SPEC_DIR);
  const files = readdirSync(dir).filter((name) => name.endsWith(".md"));
  return new Map(files.map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

/** Where the repository cites the specification: its code, its scripts, its tests and its docs. */
export const SEARCHED = [
  { dir: "src", extension: ".ts" },
  { dir: "bench", extension: ".ts" },
  { dir: "scripts", extension: ".ts" },
  { dir: "test", extension: ".ts" },
  { dir: "docs", extension: ".md" },
] as const;

/** Not searched: generated output. */
const SKIPPED_DIRS = new Set(["node_modules", "api"]);

function filesUnder(dir: string, extension: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) found.push(...filesUnder(path, extension));
    } else if (entry.name.endsWith(extension)) {
      found.push(path);
    }
  }
  return found.sort();
}

/** A reference and the file it is in. */
export interface FoundReference extends SpecReference {
  /** The file, relative to the repository's root. */
  readonly path: string;
}

/** Every reference to the specification in the searched files, except those in `exclude` (paths from the root). */
export function referencesInRepository(exclude: readonly string[] = [], base: string = ROOT): FoundReference[] {
  const found: FoundReference[] = [];
  for (const { dir, extension } of SEARCHED) {
    for (const file of filesUnder(join(base, dir), extension)) {
      const path = relative(base, file).split("\\").join("/");
      if (exclude.includes(path)) continue;
      for (const reference of findReferences(readFileSync(file, "utf8"))) found.push({ ...reference, path });
    }
  }
  return found;
}

/** Each reference that does not resolve, as `path:line: text: why`. */
export function unresolvedReferences(references: readonly FoundReference[], spec: ReadonlyMap<string, string>): string[] {
  return references.flatMap((r) => unresolved(r, spec).map((why) => `${r.path}:${r.line}: ${r.text}: ${why}`));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const broken = unresolvedReferences(referencesInRepository(), readSpec());
  for (const line of broken) console.error(line);
  process.exitCode = broken.length === 0 ? 0 : 1;
}
