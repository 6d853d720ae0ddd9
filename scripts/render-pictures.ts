/**
 * Renders the pictures in `docs/pictures.md` from `examples/cases/assessment-on-time.json` at
 * 2025-01-10: the SVG file `docs/images/assessment-on-time.svg`, and the Mermaid block between
 * the markers in `docs/pictures.md`. `test/adapters/svg.test.ts` re-renders and compares,
 * so the committed pictures never go stale.
 *
 * Run: `npx tsx scripts/render-pictures.ts` (add `--check` to only compare; exit 1 if stale)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatTimelineMermaid } from "../src/adapters/mermaid";
import { formatTimelineSvg } from "../src/adapters/svg";
import { parseCaseFileOrThrow } from "../src/schema/parse";
import { timeline } from "../src/timeline/compute";

const AS_OF = "2025-01-10";
const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const MERMAID_BEGIN = "<!-- mermaid:begin (scripts/render-pictures.ts) -->";
const MERMAID_END = "<!-- mermaid:end -->";

/** A file and the content it should have. */
export interface Picture {
  readonly path: string;
  readonly content: string;
}

/** The files as they should be, paths relative to the repository root. */
export function renderPictures(): Picture[] {
  const caseFile = parseCaseFileOrThrow(JSON.parse(readFileSync(root("examples/cases/assessment-on-time.json"), "utf8")));
  const result = timeline(caseFile, { asOf: AS_OF });
  const page = readFileSync(root("docs/pictures.md"), "utf8");
  const begin = page.indexOf(MERMAID_BEGIN);
  const end = page.indexOf(MERMAID_END);
  if (begin < 0 || end < begin) throw new Error(`docs/pictures.md needs the markers ${MERMAID_BEGIN} and ${MERMAID_END}`);
  const block = `${MERMAID_BEGIN}\n\`\`\`mermaid\n${formatTimelineMermaid(result)}\`\`\`\n`;
  return [
    { path: "docs/images/assessment-on-time.svg", content: formatTimelineSvg(result) },
    { path: "docs/pictures.md", content: page.slice(0, begin) + block + page.slice(end) },
  ];
}

/** The pictures whose committed file differs from a fresh rendering. */
export function stalePictures(): string[] {
  return renderPictures()
    .filter(({ path, content }) => {
      try {
        return readFileSync(root(path), "utf8") !== content;
      } catch {
        return true;
      }
    })
    .map(({ path }) => path);
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  if (process.argv.includes("--check")) {
    const stale = stalePictures();
    for (const path of stale) process.stderr.write(`stale: ${path} (run npx tsx scripts/render-pictures.ts)\n`);
    process.exitCode = stale.length === 0 ? 0 : 1;
  } else {
    for (const { path, content } of renderPictures()) writeFileSync(root(path), content);
    process.stdout.write("wrote docs/images/assessment-on-time.svg and the Mermaid block of docs/pictures.md\n");
  }
}
