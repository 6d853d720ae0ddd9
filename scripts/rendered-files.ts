/**
 * Files generated from the code and committed (pictures, reference pages): which are stale,
 * and the command-line entry that writes or checks them. Shared by the render scripts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** A generated file: its path from the project's root, and what it should hold now. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
}

/** A path from the project's root as a file path. */
export const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The files whose committed content differs from a fresh rendering (or that are missing). */
export function staleFiles(files: readonly RenderedFile[]): string[] {
  return files
    .filter(({ path, content }) => {
      try {
        return readFileSync(root(path), "utf8") !== content;
      } catch {
        return true;
      }
    })
    .map(({ path }) => path);
}

/**
 * Runs a render script when it is the program: writes its files, or with `--check` only says
 * which are stale (exit 1). `scriptUrl` is the script's `import.meta.url`.
 */
export function runRenderScript(scriptUrl: string, render: () => readonly RenderedFile[], command: string): void {
  if (process.argv[1] === undefined || scriptUrl !== pathToFileURL(process.argv[1]).href) return;
  if (process.argv.includes("--check")) {
    const stale = staleFiles(render());
    for (const path of stale) process.stderr.write(`stale: ${path} (run ${command})\n`);
    process.exitCode = stale.length === 0 ? 0 : 1;
    return;
  }
  const files = render();
  for (const { path, content } of files) writeFileSync(root(path), content);
  process.stdout.write(`wrote ${files.map((f) => f.path).join(", ")}\n`);
}
