// Builds the case explorer into site/dist/: the page, its style sheet, and two esbuild bundles
// (the page's script and the caseload worker). Run by `npm run site`.
import { copyFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "dist");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: join(here, "src/main.ts"), worker: join(here, "src/worker.ts") },
  outdir: out,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome110", "firefox115", "safari16"],
  minify: true,
  legalComments: "none",
  // csv-stringify's and csv-parse's Node builds call Buffer, which browsers lack; the packages ship browser builds.
  alias: { "csv-stringify/sync": "csv-stringify/browser/esm/sync", "csv-parse/sync": "csv-parse/browser/esm/sync" },
  logLevel: "warning",
});
for (const file of ["index.html", "style.css", "favicon.svg"]) copyFileSync(join(here, file), join(out, file));
const kb = (file) => `${(statSync(join(out, file)).size / 1024).toFixed(1)} kB`;
console.log(`site/dist: app.js ${kb("app.js")}, worker.js ${kb("worker.js")}, index.html ${kb("index.html")}, style.css ${kb("style.css")}`);
