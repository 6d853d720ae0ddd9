/**
 * Cuts an input read in large chunks of bytes into batches of whole lines, numbered as Node's
 * line reader numbers them (a line ends at CR LF, LF, or a CR alone). Only line ends are
 * looked for here; the text itself is decoded where the batch is answered.
 *
 * @module
 */
import type { BatchInput } from "./batch-job";

const LF = 0x0a;
const CR = 0x0d;

/** How big a batch may grow: a few hundred lines, fewer if they are long. */
export interface BatchLimits {
  readonly lines: number;
  readonly bytes: number;
}

/** Lines per batch: enough to make a message's cost small, few enough to keep the threads busy. */
export const DEFAULT_BATCH_LIMITS: BatchLimits = { lines: 256, bytes: 1 << 20 };

/** CRs in `bytes[start, end)` not followed by an LF: each ends a line of its own. */
function loneCrs(bytes: Uint8Array, start: number, end: number, atEnd: boolean): number {
  let count = 0;
  for (let at = bytes.indexOf(CR, start); at !== -1 && at < end; at = bytes.indexOf(CR, at + 1)) {
    if (at + 1 < end ? bytes[at + 1] !== LF : atEnd) count += 1;
  }
  return count;
}

/** Batches of whole lines from chunks pushed in order; {@link end} gives the last one. */
export class LineBatcher {
  private carry: Uint8Array = new Uint8Array(0);
  private nextLine = 1;

  constructor(private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS) {}

  /** The full batches that `chunk` completes; the rest waits for the next chunk or the end. */
  push(chunk: Uint8Array): BatchInput[] {
    const bytes = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    const hasCr = bytes.includes(CR);
    const batches: BatchInput[] = [];
    let start = 0;
    for (;;) {
      let end = start;
      let lines = 0;
      while (lines < this.limits.lines && end - start < this.limits.bytes) {
        const lf = bytes.indexOf(LF, end);
        if (lf === -1) break;
        end = lf + 1;
        lines += 1;
      }
      // A batch is cut only when full: the lines left over go with the next chunk.
      if (lines < this.limits.lines && end - start < this.limits.bytes) break;
      batches.push(this.batch(bytes, start, end, lines + (hasCr ? loneCrs(bytes, start, end, false) : 0)));
      start = end;
    }
    // A copy, so that the chunk read is not kept alive by what is left of it.
    this.carry = copy(bytes, start, bytes.length);
    return batches;
  }

  /** The lines left when the input ends (none if it ended with a line end). */
  end(): BatchInput | undefined {
    return this.rest(this.carry.length);
  }

  /**
   * The whole lines left when reading fails: what a line reader had passed on before the
   * failure. The unfinished line after them is dropped.
   */
  endAfterFailure(): BatchInput | undefined {
    return this.rest(Math.max(this.carry.lastIndexOf(LF), this.carry.lastIndexOf(CR)) + 1);
  }

  /** The first `length` bytes left over as one batch, whatever its size. */
  private rest(length: number): BatchInput | undefined {
    const bytes = this.carry.subarray(0, length);
    this.carry = new Uint8Array(0);
    if (bytes.length === 0) return undefined;
    let lines = 0;
    for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) lines += 1;
    lines += loneCrs(bytes, 0, bytes.length, true);
    // Text after the last line end is a line of its own.
    const last = bytes[bytes.length - 1];
    if (last !== LF && last !== CR) lines += 1;
    return this.batch(bytes, 0, bytes.length, lines);
  }

  private batch(bytes: Uint8Array, start: number, end: number, lines: number): BatchInput {
    const batch = { firstLine: this.nextLine, bytes: copy(bytes, start, end) };
    this.nextLine += lines;
    return batch;
  }
}

/**
 * `bytes[start, end)` in a buffer of its own, which can be moved to another thread. (The
 * chunks read are Node Buffers, whose `slice` shares their memory instead of copying it.)
 */
function copy(bytes: Uint8Array, start: number, end: number): Uint8Array<ArrayBuffer> {
  const copied = new Uint8Array(end - start);
  copied.set(bytes.subarray(start, end));
  return copied;
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
