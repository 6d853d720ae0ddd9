/**
 * Writes synthetic case files as NDJSON, for the batch soak run:
 *
 *   npx tsx bench/ndjson.ts 1000000 > /tmp/cases.ndjson
 *   /usr/bin/time -v node dist/cli.cjs batch /tmp/cases.ndjson --as-of 2025-06-01 > /dev/null
 */
import { random, syntheticCase } from "./synthetic";

const count = Number(process.argv[2] ?? "1000");
const next = random(Number(process.argv[3] ?? "42"));
const CHUNK = 10_000;
let buffer: string[] = [];
for (let i = 0; i < count; i += 1) {
  buffer.push(JSON.stringify(syntheticCase(i, next)));
  if (buffer.length === CHUNK) {
    process.stdout.write(`${buffer.join("\n")}\n`);
    buffer = [];
  }
}
if (buffer.length > 0) process.stdout.write(`${buffer.join("\n")}\n`);
