/**
 * Renders the pictures in `docs/pictures.md` from `examples/cases/assessment-on-time.json` at
 * 2025-01-10: the SVG file `docs/images/assessment-on-time.svg`, and the Mermaid block between
 * the markers in `docs/pictures.md`. `test/adapters/svg.test.ts` re-renders and compares,
 * so the committed pictures never go stale.
 *
 * Run: `npx tsx scripts/render-pictures.ts` (add `--check` to only compare; exit 1 if stale)
 */
import { readFileSync } from "node:fs";
import { formatTimelineMermaid } from "../src/adapters/mermaid";
import { formatTimelineSvg } from "../src/adapters/svg";
import { parseCaseFileOrThrow } from "../src/schema/parse";
import { timeline } from "../src/timeline/compute";
import { type RenderedFile, root, runRenderScript, staleFiles } from "./rendered-files";

const AS_OF = "2025-01-10";
const MERMAID_BEGIN = "<!-- mermaid:begin (scripts/render-pictures.ts) -->";
const MERMAID_END = "<!-- mermaid:end -->";

/** The files as they should be, paths relative to the repository root. */
export function renderPictures(): RenderedFile[] {
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

/** The files whose committed content differs from a fresh rendering. */
export const stalePictures = (): string[] => staleFiles(renderPictures());

runRenderScript(import.meta.url, renderPictures, "npx tsx scripts/render-pictures.ts");
