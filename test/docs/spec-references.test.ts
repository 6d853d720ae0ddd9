// The specification in docs/spec/: every reference to it in the repository resolves to a file and
// a heading, its links land on headings, and its tables say what the code says.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SPEC_DIR, SPEC_FILES, findReferences, headingsOf, readSpec, referencesInRepository, unresolved, unresolvedReferences } from "../../scripts/spec-references";
import { formatCountingForm } from "../../src/dates/counting";
import { DEFAULT_READINGS, RULES, SUPPORT_POLICIES } from "../../src/index";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// This file names made-up sections on purpose, to show that they fail.
const THIS_FILE = "test/docs/spec-references.test.ts";
const spec = readSpec();
const page = (path: string): string => readFileSync(join(ROOT, path), "utf8");

/** The rows of every Markdown table, each a list of trimmed cells, with its table's header. */
function tableRows(markdown: string): { header: string[]; cells: string[] }[] {
  const rows: { header: string[]; cells: string[] }[] = [];
  let header: string[] | null = null;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      header = null;
      continue;
    }
    const cells = line
      .slice(1, line.trimEnd().endsWith("|") ? line.trimEnd().length - 1 : undefined)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
    if (header === null) header = cells;
    else if (!cells.every((cell) => /^:?-+:?$/.test(cell))) rows.push({ header, cells });
  }
  return rows;
}

const unquote = (cell: string): string => cell.replace(/^`([^`]*)`$/, "$1");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

function markdownFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

describe("references to the specification", () => {
  const references = referencesInRepository([THIS_FILE]);

  it("resolve, every one: the file is in docs/spec/ and each § names a heading there", () => {
    expect(unresolvedReferences(references, spec)).toEqual([]);
  });

  it("are found in src/ in every form the code uses (so the check above has something to check)", () => {
    const inSrc = references.filter((r) => r.path.startsWith("src/"));
    expect(inSrc.length).toBeGreaterThan(50);
    const kinds = new Set(inSrc.flatMap((r) => r.sections.map((s) => (s.kind === "number" && s.heading !== undefined ? "number+heading" : s.kind))));
    expect([...kinds].sort()).toEqual(["number", "number+heading", "range", "title"]);
    expect(new Set(inSrc.map((r) => r.file))).toEqual(new Set(SPEC_FILES));
    for (const dir of ["scripts/", "test/", "docs/"])
      expect(
        references.some((r) => r.path.startsWith(dir)),
        dir,
      ).toBe(true);
  });

  it("are read in each written form", () => {
    const read = (text: string) => findReferences(text).map((r) => ({ file: r.file, sections: r.sections }));
    expect(read("(rules.md § 1, § 7, § 8). */")).toEqual([
      {
        file: "rules.md",
        sections: [
          { kind: "number", number: 1 },
          { kind: "number", number: 7 },
          { kind: "number", number: 8 },
        ],
      },
    ]);
    expect(read("(rules.md §§ 2–5): its state")).toEqual([{ file: "rules.md", sections: [{ kind: "range", first: 2, last: 5 }] }]);
    expect(read("(rules.md §§ 6-7; counting.md)")).toEqual([
      { file: "rules.md", sections: [{ kind: "range", first: 6, last: 7 }] },
      { file: "counting.md", sections: [] },
    ]);
    expect(read("(case-file.md § Timeline, `stage`)")).toEqual([{ file: "case-file.md", sections: [{ kind: "title", title: "Timeline" }] }]);
    expect(read("(case-file.md § Batch and reports): an array")).toEqual([{ file: "case-file.md", sections: [{ kind: "title", title: "Batch and reports" }] }]);
    expect(read('(counting.md § "How an exception meets a limit"): it')).toEqual([
      { file: "counting.md", sections: [{ kind: "title", title: "How an exception meets a limit" }] },
    ]);
    expect(read('(rules.md § 6, § 7 "Mediation agreements")')).toEqual([
      {
        file: "rules.md",
        sections: [
          { kind: "number", number: 6 },
          { kind: "number", number: 7, heading: "Mediation agreements" },
        ],
      },
    ]);
    expect(read("(counting.md § Readings, first column)")).toEqual([{ file: "counting.md", sections: [{ kind: "title", title: "Readings" }] }]);
    expect(read("over a batch (rules.md\n * § 10). Only counts")).toEqual([{ file: "rules.md", sections: [{ kind: "number", number: 10 }] }]);
    expect(read("// the measures (rules.md\n// § 9)")).toEqual([{ file: "rules.md", sections: [{ kind: "number", number: 9 }] }]);
    expect(read("the return (`rules.md` § 10). It")).toEqual([{ file: "rules.md", sections: [{ kind: "number", number: 10 }] }]);
    expect(read("counting.md worked example: request")).toEqual([{ file: "counting.md", sections: [{ kind: "title", title: "Worked examples" }] }]);
    expect(read("rules.md (`weeks-after(20)`)")).toEqual([{ file: "rules.md", sections: [] }]);
    expect(read('counting.md "several exceptions count each day once"')).toEqual([{ file: "counting.md", sections: [] }]);
    expect(read("[the rules](spec/rules.md#1-ehc-needs-assessment), myrules.md, rules.mdx")).toEqual([]);
  });
});

describe("the resolver", () => {
  const fixture = new Map([["rules.md", "# Rules\n\n## 1. One\n\n### Sub\n\n## 2. Two\n\n## 3. Three\n\n## 5. Five\n\n## Notes\n\n```\n## 9. Not a heading\n```\n"]]);
  const check = (text: string): string[] => findReferences(text).flatMap((r) => unresolved(r, fixture));

  it("accepts what exists: numbers, ranges, titles, a heading within its section, a bare file", () => {
    expect(check('rules.md § 1, § 5; rules.md §§ 1–3; rules.md § Notes; rules.md § notes; rules.md § 1 "Sub"; rules.md')).toEqual([]);
  });

  it("rejects a section that does not exist, each number of a range, and a missing file", () => {
    expect(check("rules.md § 42")).toEqual(["rules.md has no section numbered 42"]);
    expect(check("rules.md §§ 2–5")).toEqual(["rules.md has no section numbered 4"]);
    expect(check("rules.md §§ 5–2")).toEqual(["rules.md §§ 5–2 is not a range"]);
    expect(check("rules.md § Appendix")).toEqual(['rules.md has no heading "Appendix"']);
    expect(check('rules.md § 2 "Sub"')).toEqual(['rules.md § 2 has no heading "Sub"']);
    expect(check("rules.md § 9")).toEqual(["rules.md has no section numbered 9"]);
    expect(check("counting.md § Readings")).toEqual(["there is no docs/spec/counting.md"]);
  });

  it("rejects made-up references against the real specification", () => {
    const broken = findReferences("rules.md § 11; rules.md §§ 9–12; counting.md § Tea breaks; case-file.md § 1");
    expect(broken.map((r) => unresolved(r, spec))).toEqual([
      ["rules.md has no section numbered 11"],
      ["rules.md has no section numbered 11", "rules.md has no section numbered 12"],
      ['counting.md has no heading "Tea breaks"'],
      ["case-file.md has no section numbered 1"],
    ]);
    expect(
      unresolvedReferences(
        broken.map((r) => ({ ...r, path: "src/example.ts" })),
        spec,
      )[0],
    ).toBe("src/example.ts:1: rules.md § 11: rules.md has no section numbered 11");
  });

  it("reads headings with their numbers and the numbered section each is in", () => {
    expect(headingsOf(fixture.get("rules.md") ?? "").map((h) => [h.number, h.title, h.within])).toEqual([
      [null, "Rules", null],
      [1, "One", 1],
      [null, "Sub", 1],
      [2, "Two", 2],
      [3, "Three", 3],
      [5, "Five", 5],
      [null, "Notes", null],
    ]);
  });
});

describe("docs/spec/", () => {
  it("holds the four files the code cites, and nothing in docs/ points at a specification outside the repository", () => {
    expect([...spec.keys()].sort()).toEqual([...SPEC_FILES].sort());
    expect(markdownFiles("docs").filter((path) => page(path).includes("shared/spec"))).toEqual([]);
  });

  it("links, from every page of docs/, land on a page and a heading that exist", () => {
    const broken: string[] = [];
    let anchors = 0;
    for (const path of markdownFiles("docs")) {
      for (const link of page(path).matchAll(/\]\(([^()\s#]*\.md)?(?:#([^()\s]+))?\)/g)) {
        const [, file, anchor] = link;
        if (file === undefined && anchor === undefined) continue;
        if (file !== undefined && /^[a-z]+:/.test(file)) continue;
        const target = file === undefined ? path : posix.normalize(posix.join(dirname(path), file));
        let text: string;
        try {
          text = page(target);
        } catch {
          broken.push(`${path}: ${link[0]}: no ${target}`);
          continue;
        }
        if (anchor === undefined) continue;
        anchors += 1;
        if (!headingsOf(text).some((h) => slug(h.number === null ? h.title : `${h.number}. ${h.title}`) === anchor)) {
          broken.push(`${path}: ${link[0]}: no heading #${anchor} in ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(anchors).toBeGreaterThan(10);
  });

  it("rules.md lists every rule of RULES with the code's counting form, owner, strength and citation", () => {
    const rows = tableRows(page(`${SPEC_DIR}/rules.md`)).filter((r) => r.header[0] === "id");
    expect(rows.every((r) => r.header.join("|") === "id|what must happen|counting|owner|strength|citation")).toBe(true);
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(rows.map((r) => unquote(r.cells[0] ?? "")).filter((id) => !ids.has(id))).toEqual([]);
    const missing = RULES.filter(
      (rule) =>
        !rows.some(
          ({ cells: [id, , counting, owner, strength, citation] }) =>
            unquote(id ?? "") === rule.id &&
            (counting ?? "").startsWith(`\`${formatCountingForm(rule.counting)}\``) &&
            unquote(owner ?? "") === rule.owner &&
            strength === rule.strength &&
            citation === rule.citation,
        ),
    ).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });

  it("counting.md gives every reading with its default", () => {
    const rows = tableRows(page(`${SPEC_DIR}/counting.md`)).filter((r) => r.header[0] === "option");
    for (const [name, value] of Object.entries(DEFAULT_READINGS)) {
      const row = rows.find((r) => r.cells[0] === `\`${name}\``);
      expect(row, name).toBeDefined();
      expect(row?.cells[1], name).toMatch(typeof value === "number" ? new RegExp(`^${value}$`) : new RegExp(`^\`${value}\``));
    }
    expect(rows).toHaveLength(Object.keys(DEFAULT_READINGS).length);
  });

  it("graduated-approach.md names every SEN support preset", () => {
    const rows = tableRows(page(`${SPEC_DIR}/graduated-approach.md`)).filter((r) => r.header[0] === "preset");
    expect(rows.map((r) => /^`([a-z-]+)`/.exec(r.cells[0] ?? "")?.[1])).toEqual(Object.keys(SUPPORT_POLICIES));
  });
});
