// The HTTP handler under 200 concurrent requests on the loopback address (http-load.ts, in a child
// process run with --expose-gc so that memory is measured after a forced collection): every
// answer keeps to the limits (body cap 413, wrong method 405, bad JSON and invalid cases 400 with
// paths, nothing of the input and no stack text in a body), and the heap returns to its start.
//
// Cost: one round of 200 after the warm-up in each time zone; five where EHC_FUZZ_FULL=1.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ROUNDS = process.env["EHC_FUZZ_FULL"] === "1" ? 5 : 1;
/** Growth of the heap allowed after the rounds: what a collection leaves to chance (pooled buffers, inline caches), far below 200 requests' bodies. */
const TOLERANCE_BYTES = 4 * 1024 * 1024;

describe("the HTTP handler under load", () => {
  it(`keeps to its limits under 200 concurrent requests (${ROUNDS} round(s)), and memory returns to its start`, () => {
    const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", "test/hostile/http-load.ts"], {
      encoding: "utf8",
      env: { ...process.env, EHC_HTTP_ROUNDS: String(ROUNDS) },
    });
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(child.stdout) as { failures: string[]; failureCount: number; url: string; before: number; after: number };
    expect(result.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(result.failures).toEqual([]);
    expect(result.failureCount).toBe(0);
    expect(result.after - result.before).toBeLessThan(TOLERANCE_BYTES);
  }, 300_000);
});
