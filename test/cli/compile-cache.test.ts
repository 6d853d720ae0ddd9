// The command line's code cache (src/cli/compile-cache.ts) on small CommonJS files of its own:
// what it compiles from the cache, what it leaves to Node.js, and what it writes. Each run is a
// process of its own: within one, V8 reuses what it compiled and never reads the cache.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { installCodeCache } from "../../src/cli/compile-cache";

let root = "";
let chunks = "";
let others = "";

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "ehc-timeline-code-cache-"));
  chunks = join(root, "chunks");
  others = join(root, "others");
  mkdirSync(chunks);
  mkdirSync(others);
  writeFileSync(join(chunks, "weeks.cjs"), `exports.days = (weeks) => weeks * 7;\nexports.file = __filename;\n`);
  writeFileSync(
    join(chunks, "limit.cjs"),
    `const { days } = require("./weeks.cjs");\nmodule.exports = { finalPlanDays: days(20), other: require("../others/other.cjs"), file: require("./weeks.cjs").file };\n`,
  );
  writeFileSync(join(others, "other.cjs"), `module.exports = "not served";\n`);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** What one run of a new process (V8 keeps compiled code within a process on its own) loaded and compiled. */
interface Run {
  readonly loaded: { finalPlanDays: number; other: string; file: string };
  readonly fromCache: Record<string, boolean>;
}

/** In a new process: installs the cache in `directory` for the files of `chunks`, loads limit.cjs, and saves. */
function runWithCache(directory: string): Run {
  const driver = join(root, "driver.mts");
  writeFileSync(
    driver,
    [
      `import { createRequire } from "node:module";`,
      `import { installCodeCache } from ${JSON.stringify(join(import.meta.dirname, "../../src/cli/compile-cache.ts"))};`,
      `const [directory, chunks] = process.argv.slice(2);`,
      `const cache = installCodeCache({ directory, serves: (filename) => filename.startsWith(chunks) });`,
      `const loaded = createRequire(chunks + "/entry.cjs")("./limit.cjs");`,
      `cache.save();`,
      `const fromCache = Object.fromEntries(cache.compiled.map(({ filename, fromCache }) => [filename.slice(chunks.length + 1), fromCache]));`,
      `console.log(JSON.stringify({ loaded, fromCache }));`,
    ].join("\n"),
  );
  const output = execFileSync(process.execPath, ["--import", "tsx", driver, directory, chunks], { cwd: join(import.meta.dirname, "../.."), encoding: "utf8" });
  return JSON.parse(output) as Run;
}

const cacheFile = (name: string): string => `${name}-${process.version}-${process.arch}.v8`;

describe("the code cache", () => {
  it("compiles its files afresh the first time, writes their code, compiles them from it the next time, and replaces code V8 rejects", () => {
    const directory = join(root, "cache");
    const first = runWithCache(directory);
    // Regs 13(2): 20 weeks are 140 days; the code runs the same from a cache as without, with its own `__filename`.
    expect(first.loaded).toEqual({ finalPlanDays: 140, other: "not served", file: join(chunks, "weeks.cjs") });
    // other.cjs is not served: Node.js compiles it.
    expect(first.fromCache).toEqual({ "limit.cjs": false, "weeks.cjs": false });
    expect(readdirSync(directory).sort()).toEqual([cacheFile("limit.cjs"), cacheFile("weeks.cjs")]);
    expect(statSync(directory).mode & 0o777).toBe(0o700);
    expect(statSync(join(directory, cacheFile("weeks.cjs"))).mode & 0o777).toBe(0o600);

    const second = runWithCache(directory);
    expect(second).toEqual({ loaded: first.loaded, fromCache: { "limit.cjs": true, "weeks.cjs": true } });

    const weeks = join(directory, cacheFile("weeks.cjs"));
    writeFileSync(weeks, "not V8's code");
    expect(runWithCache(directory)).toEqual({ loaded: first.loaded, fromCache: { "limit.cjs": true, "weeks.cjs": false } });
    expect(readFileSync(weeks, "utf8")).not.toBe("not V8's code");
    expect(runWithCache(directory).fromCache).toEqual({ "limit.cjs": true, "weeks.cjs": true });
  });

  it("uses no directory that others may write to, and writes nothing there", () => {
    const directory = join(root, "shared");
    mkdirSync(directory);
    chmodSync(directory, 0o777);
    expect(runWithCache(directory)).toEqual({ loaded: { finalPlanDays: 140, other: "not served", file: join(chunks, "weeks.cjs") }, fromCache: {} });
    expect(readdirSync(directory)).toEqual([]);
  });

  it("uses no link to a directory, even one of the user's own", () => {
    const own = join(root, "own");
    mkdirSync(own, { mode: 0o700 });
    const link = join(root, "link");
    symlinkSync(own, link, "dir");
    expect(runWithCache(link).fromCache).toEqual({});
    expect(readdirSync(own)).toEqual([]);
  });

  it("gives Node.js back its own compiling when removed", () => {
    const own = (Module.prototype as unknown as { _compile: unknown })._compile;
    const cache = installCodeCache({ directory: join(root, "cache"), serves: () => true });
    expect((Module.prototype as unknown as { _compile: unknown })._compile).not.toBe(own);
    cache.remove();
    expect((Module.prototype as unknown as { _compile: unknown })._compile).toBe(own);
  });
});
