// The package as a user installs it: packed, unpacked into a fresh project with only its own
// dependencies beside it (linked from this repository, so no network), then loaded from
// CommonJS and ESM and type-checked under TypeScript's `module: commonjs` and `node16`.
// Packing costs a few seconds, so this file runs in one time zone only (EHC_PACKAGE_TESTS,
// set by scripts/test-time-zones.mjs, and by scripts/test-newer-node.mjs for each newer Node.js;
// vitest.config.ts leaves it out otherwise). Needs `npm run build`.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
let project = "";
let unpacked = "";

/** A dependency of the consumer, linked from this repository's node_modules. */
function link(name: string): void {
  const target = join(project, "node_modules", name);
  mkdirSync(join(target, ".."), { recursive: true });
  symlinkSync(join(repo, "node_modules", name), target, "dir");
}

function run(file: string, args: string[] = []): string {
  return execFileSync(process.execPath, [file, ...args], { cwd: project, encoding: "utf8" });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "ehc-timeline-consumer-"));
  const packs = join(project, "packs");
  mkdirSync(packs);
  execFileSync("npm", ["pack", "--silent", "--pack-destination", packs], { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = readdirSync(packs).find((name) => name.endsWith(".tgz")) ?? "";
  unpacked = join(project, "node_modules", "ehc-timeline");
  mkdirSync(unpacked, { recursive: true });
  execFileSync("tar", ["-xzf", join(packs, tarball), "-C", unpacked, "--strip-components=1"]);
  // The core's dependencies only: anything else the core loaded would fail to resolve.
  for (const name of ["zod", "ts-pattern"]) link(name);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
}, 120_000);

afterAll(() => {
  if (project !== "") rmSync(project, { recursive: true, force: true });
});

const CASE = `{ caseId: "C-1", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }] }`;

describe("the packed package", () => {
  it("ships a licence and a changelog, its metadata, and no source maps", () => {
    const files = execFileSync("find", [".", "-type", "f"], { cwd: unpacked, encoding: "utf8" }).split("\n");
    expect(files).toContain("./LICENSE");
    expect(files).toContain("./CHANGELOG.md");
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest["repository"]).toEqual({ type: "git", url: "git+https://github.com/ehc-timeline/ehc-timeline.git" });
    expect(manifest["bugs"]).toEqual({ url: "https://github.com/ehc-timeline/ehc-timeline/issues" });
    expect(manifest["homepage"]).toMatch(/^https:\/\/github\.com\/ehc-timeline\/ehc-timeline/);
    expect(Object.keys(manifest["dependencies"] as object).sort()).toEqual(["ts-pattern", "zod"]);
  });

  it("computes a timeline from CommonJS and ESM with only zod and ts-pattern installed", () => {
    writeFileSync(
      join(project, "core.cjs"),
      `const { parseCaseFile, timeline } = require("ehc-timeline"); const p = parseCaseFile(${CASE}); console.log(timeline(p.data, { asOf: "2024-12-01" }).deadlines.find((d) => d.rule === "final-plan").due);`,
    );
    writeFileSync(
      join(project, "core.mjs"),
      `import { parseCaseFile, timeline } from "ehc-timeline"; const p = parseCaseFile(${CASE}); console.log(timeline(p.data, { asOf: "2024-12-01" }).deadlines.find((d) => d.rule === "final-plan").due);`,
    );
    expect(run("core.cjs").trim()).toBe("2025-01-22");
    expect(run("core.mjs").trim()).toBe("2025-01-22");
  });

  it("loads one engine for the root and the subpaths under CommonJS", () => {
    const copies = readdirSync(join(unpacked, "dist"))
      .filter((name) => name.endsWith(".cjs"))
      .filter((name) => readFileSync(join(unpacked, "dist", name), "utf8").includes("TimelinessTally = class"));
    expect(copies).toHaveLength(1);
    writeFileSync(
      join(project, "shared.cjs"),
      `const { TimelinessTally } = require("ehc-timeline/report"); const svg = require("ehc-timeline/svg"); const core = require("ehc-timeline"); console.log(typeof TimelinessTally, typeof svg.formatTimelineSvg, typeof core.timeline);`,
    );
    expect(run("shared.cjs").trim()).toBe("function function function");
  });

  it("says which optional peer a subpath needs when it is missing", () => {
    writeFileSync(
      join(project, "ical.cjs"),
      `try { require("ehc-timeline/ical"); console.log("loaded"); } catch (e) { console.log(e.code, /ical-generator/.test(e.message)); }`,
    );
    expect(run("ical.cjs").trim()).toBe("MODULE_NOT_FOUND true");
  });

  it("serves the HTTP handler on Node's http module from ehc-timeline/node-http, with only the core's dependencies", () => {
    writeFileSync(
      join(project, "serve.mjs"),
      [
        `import { startServer } from "ehc-timeline/node-http";`,
        `const { server, url } = await startServer(0);`,
        `const response = await fetch(url + "/timeline?asOf=2024-12-01", { method: "POST", body: JSON.stringify(${CASE}) });`,
        `const body = await response.json();`,
        `console.log(response.status, body.deadlines.find((d) => d.rule === "final-plan").due);`,
        `server.close();`,
      ].join("\n"),
    );
    // Regs 13(2): 4 Sep 2024 + 20 weeks = Wed 22 Jan 2025.
    expect(run("serve.mjs").trim()).toBe("200 2025-01-22");
  });

  it("runs its command line with nothing else installed", () => {
    expect(run(join(unpacked, "dist", "cli.cjs"), ["--version"]).trim()).toBe(JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).version);
  });

  it("reads a certainly valid case file without loading zod or commander, and any other with zod", () => {
    // The command line is CommonJS: at exit, a preloaded file lists every module it loaded (docs/performance.md: cold start).
    writeFileSync(
      join(project, "loaded.cjs"),
      `process.once("exit", () => require("node:fs").writeFileSync(process.env.LOADED_LOG, Object.keys(require.cache).join("\\n")));\n`,
    );
    /** The files of the package the command line loads for a case file, with their text. */
    const filesLoaded = (caseFile: object): string[] => {
      const file = join(project, "case.json");
      const log = join(project, "loaded.log");
      writeFileSync(file, JSON.stringify(caseFile));
      writeFileSync(log, "");
      try {
        execFileSync(process.execPath, ["--require", "./loaded.cjs", join(unpacked, "dist", "cli.cjs"), "timeline", file, "--as-of", "2025-01-10"], {
          cwd: project,
          env: { ...process.env, LOADED_LOG: log, TMPDIR: project },
          stdio: ["ignore", "ignore", "ignore"],
        });
      } catch {
        // exit 2 for the invalid case: what it loaded is the point
      }
      const loaded = readFileSync(log, "utf8")
        .split("\n")
        .filter((path) => path.includes("/dist/"));
      expect(loaded.length).toBeGreaterThan(3);
      return loaded.map((path) => readFileSync(path, "utf8"));
    };
    // Known by their own names: zod's error class, commander's error codes.
    const isZod = (text: string): boolean => text.includes('"ZodError"');
    const isCommander = (text: string): boolean => text.includes("commander.unknownOption");
    const zodChunksLoaded = (caseFile: object): number => filesLoaded(caseFile).filter(isZod).length;
    const request = { type: "assessment-requested", date: "2024-09-04", by: "parent" };
    const plainRun = filesLoaded({ caseId: "C-1", events: [request] });
    expect(plainRun.filter(isZod)).toEqual([]);
    // A plain `timeline` run is read without commander (src/cli/plain-timeline.ts).
    expect(plainRun.filter(isCommander)).toEqual([]);
    // Each sign is in the files that hold its library (they would miss a renamed bundle otherwise).
    const chunks = readdirSync(join(unpacked, "dist", "cli")).map((name) => readFileSync(join(unpacked, "dist", "cli", name), "utf8"));
    expect(chunks.filter(isZod).length).toBeGreaterThan(0);
    expect(chunks.filter(isCommander).length).toBeGreaterThan(0);
    // A timestamp is valid, but only zod turns it into a date; a missing field is zod's to report.
    expect(zodChunksLoaded({ caseId: "C-1", events: [{ ...request, date: "2024-09-04T10:00:00Z" }] })).toBeGreaterThan(0);
    expect(zodChunksLoaded({ caseId: "C-1", events: [{ type: "assessment-requested", date: "2024-09-04" }] })).toBeGreaterThan(0);
  });

  it("keeps V8's code for its chunks between runs (in a directory of the user's own on Node.js 20, in Node.js's own cache from 22.1), and answers the same with it, without it and with a damaged one", () => {
    const file = join(project, "cache-case.json");
    writeFileSync(file, JSON.stringify({ caseId: "C-1", events: [{ type: "assessment-requested", date: "2024-09-04", by: "parent" }] }));
    /** The JSON timeline, with the compile cache under `temporary`. */
    const timelineWith = (temporary: string, env: Record<string, string> = {}): string =>
      execFileSync(process.execPath, [join(unpacked, "dist", "cli.cjs"), "timeline", file, "--as-of", "2025-01-10"], {
        cwd: project,
        env: { ...process.env, ...env, TMPDIR: temporary },
        encoding: "utf8",
      });
    // A chunk compiled from the cache is a script: an `import()` in it would fail when called (tsup.config.ts turns them into `require`).
    const chunkDir = join(unpacked, "dist", "cli");
    const imports = readdirSync(chunkDir).filter((name) => /\bimport\(/u.test(readFileSync(join(chunkDir, name), "utf8")));
    expect(imports).toEqual([]);
    const expected = timelineWith(project, { NODE_DISABLE_COMPILE_CACHE: "1" });
    // Regs 13(2): 4 Sep 2024 + 20 weeks = Wed 22 Jan 2025.
    expect(expected).toContain('"due": "2025-01-22"');

    /** The cache directory the command line keeps under a temporary directory on Node.js 20 (src/cli/compile-cache.ts). */
    const cacheIn = (temporary: string): string => join(temporary, `ehc-timeline-compile-cache-${process.getuid?.() ?? "user"}`);
    // From 22.1 the command line turns on Node.js's own cache, kept in its own directory (scripts/test-newer-node.mjs runs this file there).
    const nodeOwnCache = "enableCompileCache" in Module;
    /** Every file under a directory (Node.js keeps its cache a directory per version). */
    const filesUnder = (directory: string): string[] =>
      readdirSync(directory, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)]));
    const temporary = mkdtempSync(join(project, "tmp-"));
    const cache = nodeOwnCache ? join(temporary, "node-compile-cache") : cacheIn(temporary);
    expect(timelineWith(temporary)).toBe(expected);
    const written = filesUnder(cache);
    // The engine's chunk and the timeline command's at least.
    expect(written.length).toBeGreaterThanOrEqual(2);
    if (nodeOwnCache) {
      expect(existsSync(cacheIn(temporary))).toBe(false);
    } else {
      // Each for this Node.js and architecture, this user's only.
      expect(written.every((file) => file.endsWith(`.cjs-${process.version}-${process.arch}.v8`))).toBe(true);
      expect(statSync(cache).mode & 0o777).toBe(0o700);
      expect(written.map((file) => statSync(file).mode & 0o777)).toEqual(written.map(() => 0o600));
    }
    expect(timelineWith(temporary)).toBe(expected);

    // Code V8 rejects is compiled afresh and replaced.
    for (const file of written) writeFileSync(file, "not V8's code");
    expect(timelineWith(temporary)).toBe(expected);
    expect(written.filter((file) => readFileSync(file, "utf8") === "not V8's code")).toEqual([]);

    // Turned off, nothing is written.
    const off = mkdtempSync(join(project, "tmp-"));
    expect(timelineWith(off, { NODE_DISABLE_COMPILE_CACHE: "1" })).toBe(expected);
    expect(readdirSync(off)).toEqual([]);
    if (nodeOwnCache) return;

    // A directory others may write to is not used.
    const shared = mkdtempSync(join(project, "tmp-"));
    const sharedCache = cacheIn(shared);
    mkdirSync(sharedCache);
    chmodSync(sharedCache, 0o777);
    expect(timelineWith(shared)).toBe(expected);
    expect(readdirSync(sharedCache)).toEqual([]);
    expect(existsSync(cacheIn(off))).toBe(false);
  });

  it.each(["commonjs", "node16"])(
    "type-checks a consumer of the root and every subpath under module %s",
    (module) => {
      for (const name of ["csv-stringify", "ical-generator"]) {
        try {
          link(name);
        } catch {
          // linked by an earlier case
        }
      }
      const source = [
        `import { parseCaseFile, timeline, type Deadline } from "ehc-timeline";`,
        `import { TimelinessTally } from "ehc-timeline/report";`,
        `import { deadlinesToCsv } from "ehc-timeline/csv";`,
        `import { formatTimelineIcs } from "ehc-timeline/ical";`,
        `import { formatTimelineMermaid } from "ehc-timeline/mermaid";`,
        `import { formatTimelineSvg } from "ehc-timeline/svg";`,
        `import { createHandler } from "ehc-timeline/http";`,
        `import { nodeListener, startServer } from "ehc-timeline/node-http";`,
        `import { caseFileJsonSchema, caseFileSchema } from "ehc-timeline/schema";`,
        `const parsed = parseCaseFile(${CASE});`,
        `if (parsed.success) {`,
        `  const result = timeline(parsed.data, { asOf: "2024-12-01" });`,
        `  const first: Deadline | undefined = result.deadlines[0];`,
        `  console.log(first?.due, deadlinesToCsv([result]), formatTimelineIcs(result), formatTimelineMermaid(result), formatTimelineSvg(result));`,
        `}`,
        `console.log(new TimelinessTally({ from: "2024-01-01", to: "2024-12-31", asOf: "2025-01-31" }), createHandler, nodeListener, startServer, caseFileJsonSchema(), caseFileSchema);`,
      ].join("\n");
      const dir = join(project, module);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "consumer.ts"), source);
      // Resolution of every import is what is proved; the libraries' own declarations are not re-checked (skipLibCheck).
      const compilerOptions = {
        module,
        target: "es2022",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        ...(module === "node16" ? { moduleResolution: "node16" } : {}),
      };
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.ts"] }));
      const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");
      let output = "";
      try {
        execFileSync(process.execPath, [tsc, "-p", dir], { cwd: dir, encoding: "utf8" });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
      }
      expect(output).toBe("");
    },
    120_000,
  );
});
