/**
 * The SEN2 XML return read as a stream (saxes): text chunks in, one person at a time out.
 * Only the `<Person>` being read is held, never the whole document, so memory stays flat
 * however large the return. Element names are matched case-insensitively and namespace
 * prefixes are dropped (sen2.md § 1.2, § 4).
 *
 * @module
 */
import { SaxesParser } from "saxes";
import { readHeader, readPerson } from "./person";
import { type ImportIssue, SUPPORTED_YEARS, type Sen2Header, type Sen2Node, type Sen2Person } from "./types";

/** What reading a return gives, in document order. */
export type Sen2XmlItem =
  | { readonly kind: "header"; readonly header: Sen2Header }
  | { readonly kind: "person"; readonly person: Sen2Person }
  /** A person read but not importable (the issue says why). */
  | { readonly kind: "skipped"; readonly where: string }
  | { readonly kind: "issue"; readonly issue: ImportIssue };

const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return (colon < 0 ? name : name.slice(colon + 1)).toLowerCase();
};

/**
 * Reads a SEN2 XML return. `source` names the file in every issue path. A file that is not
 * XML, not a SEN2 return or of a year the importer does not read gives one `error` issue and
 * no person; a malformed item gives an issue and is left out; a person who cannot be
 * identified is `skipped`.
 *
 * @example
 * for await (const item of readSen2Xml(chunks, "return-2025.xml")) {
 *   if (item.kind === "person") people.push(item.person);
 * }
 */
export async function* readSen2Xml(chunks: AsyncIterable<string> | Iterable<string>, source: string): AsyncGenerator<Sen2XmlItem> {
  const where = `${source}: `;
  const parser = new SaxesParser({ position: true });
  const out: Sen2XmlItem[] = [];
  const stack: string[] = [];
  /** The subtree being collected (the Header or a Person), innermost last. */
  const open: Sen2Node[] = [];
  // Set by the parser's callbacks, so read through one object: the compiler cannot see them change.
  const seen: { header: Sen2Header | null; stop: boolean } = { header: null, stop: false };
  let personCount = 0;

  const fail = (code: ImportIssue["code"], path: string, message: string): void => {
    out.push({ kind: "issue", issue: { code, severity: "error", path: `${where}${path}`, message } });
    seen.stop = true;
  };

  parser.on("opentag", (tag) => {
    if (seen.stop) return;
    const name = localName(tag.name);
    stack.push(name);
    if (stack.length === 1 && name !== "message") {
      fail("not-sen2-return", tag.name, "the root element is not Message: the file is not a SEN2 return; nothing was imported from it");
      return;
    }
    const inHeader = stack.length === 2 && name === "header";
    const isPerson = stack.length === 3 && stack[1] === "persons" && name === "person";
    if (isPerson && seen.header === null) {
      fail("missing-item", "Message/Header", "is required before Persons (its Year decides the layout); nothing was imported from the file");
      return;
    }
    if (inHeader || isPerson || open.length > 0) {
      const node: Sen2Node = { name, tag: tag.name, text: "", children: [] };
      open[open.length - 1]?.children.push(node);
      open.push(node);
    }
  });
  const onText = (text: string): void => {
    const node = open[open.length - 1];
    if (node !== undefined && !seen.stop) node.text += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    if (seen.stop) return;
    const depth = stack.length;
    const name = stack.pop();
    if (open.length === 0) return;
    const node = open.pop();
    if (open.length > 0 || node === undefined) return;
    if (depth === 2 && name === "header") {
      const read = readHeader(node, where);
      if ("issue" in read) {
        out.push({ kind: "issue", issue: read.issue });
        seen.stop = true;
      } else if (!(SUPPORTED_YEARS as readonly number[]).includes(read.header.year)) {
        fail(
          "unsupported-year",
          "Message/Header/CollectionDetails/Year",
          `is a collection year whose layout is not read (supported: ${SUPPORTED_YEARS.join(", ")}); nothing was imported from the file`,
        );
      } else {
        seen.header = read.header;
        out.push({ kind: "header", header: read.header });
      }
    } else if (seen.header !== null) {
      personCount += 1;
      const path = `Message/Persons/Person[${personCount}]`;
      const issues: ImportIssue[] = [];
      const person = readPerson(node, path, where, seen.header, issues);
      for (const issue of issues) out.push({ kind: "issue", issue });
      out.push(person === null ? { kind: "skipped", where: `${where}${path}` } : { kind: "person", person });
    }
  });
  parser.on("error", (error) => {
    if (seen.stop) return;
    // saxes puts "line:column: " first; the rest names the XML rule broken, never a value.
    const rule = error.message.replace(/^[^:]*:\d+:\d+: /, "").slice(0, 120);
    fail(
      "not-xml",
      `line ${parser.line}, column ${parser.column + 1} (in ${stack.length === 0 ? "the document" : stack.join("/")})`,
      `the XML is not well-formed (${rule}); the rest of the file was not read`,
    );
  });

  // saxes throws after an error it reported (`fail` has recorded it); an error of the source itself goes to the caller.
  const fed = (step: () => void): boolean => {
    try {
      step();
      return true;
    } catch {
      return false;
    }
  };
  let wellFormed = true;
  for await (const chunk of chunks) {
    wellFormed = fed(() => parser.write(chunk));
    yield* out.splice(0);
    if (seen.stop) return;
    if (!wellFormed) break;
  }
  if (wellFormed) fed(() => parser.close());
  yield* out.splice(0);
  if (!seen.stop && seen.header === null) {
    yield {
      kind: "issue",
      issue: {
        code: "not-sen2-return",
        severity: "error",
        path: `${where}Message/Header`,
        message: "no header was found: the file is not a SEN2 return; nothing was imported from it",
      },
    };
  }
}
