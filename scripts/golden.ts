// The golden outputs: `tsx scripts/golden.ts` prints the digests of the corpus, `--write`
// records them in test/golden/digests.json (only when a change of output is intended and
// reviewed), and `--dump DIR` writes every output, one file a group, to compare two builds
// with diff.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { goldenCorpus, goldenDigests, goldenOutputs } from "../test/golden/corpus";

const args = process.argv.slice(2);
const dumpAt = args.indexOf("--dump");
if (dumpAt >= 0) {
  const dir = args[dumpAt + 1] ?? "golden-dump";
  mkdirSync(dir, { recursive: true });
  for (const [group, cases] of Object.entries(goldenCorpus())) writeFileSync(join(dir, `${group}.txt`), cases.map(goldenOutputs).join(""));
  process.stdout.write(`outputs written to ${dir}\n`);
} else {
  const digests = goldenDigests();
  if (args.includes("--write")) writeFileSync(join(import.meta.dirname, "../test/golden/digests.json"), `${JSON.stringify(digests, null, 1)}\n`);
  process.stdout.write(`${JSON.stringify(digests, null, 1)}\n`);
}
