/**
 * Text input, one rule for every command (docs/integration.md § Text input): UTF-8; a
 * byte-order mark at the start of a file, of standard input or of an NDJSON line is ignored;
 * bytes that are not UTF-8 are refused, never replaced. The unit refused is the one answered on
 * its own: a whole file for `timeline` and `import`, one line for `batch` and `report`. The
 * HTTP handler keeps the same rule (src/adapters/http-body.ts).
 *
 * @module
 */
import { NOT_UTF8, type NdjsonLine } from "../timeline/ndjson-line";

/** Input that is not UTF-8 text. */
export class NotUtf8Error extends Error {
  constructor() {
    super("the input is not UTF-8 text");
  }
}

// A byte-order mark is kept here and dropped where the text is used, so that one place says how.
const STRICT = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text of UTF-8 bytes; throws {@link NotUtf8Error} for bytes that are not UTF-8. */
export function strictUtf8(bytes: Uint8Array): string {
  try {
    return STRICT.decode(bytes);
  } catch {
    throw new NotUtf8Error();
  }
}

/** A line's text, or {@link NOT_UTF8}. */
function lineOf(bytes: Uint8Array): NdjsonLine {
  try {
    return STRICT.decode(bytes);
  } catch {
    return NOT_UTF8;
  }
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of some bytes, split as Node's line reader splits them (CR LF, LF, or a CR alone),
 * each decoded on its own: a line that is not UTF-8 is {@link NOT_UTF8}, its neighbours intact.
 * The end after the last line ending is a line only if it is not empty.
 */
export function linesOfBytes(bytes: Uint8Array): NdjsonLine[] {
  const lines: NdjsonLine[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (byte !== LF && byte !== CR) continue;
    lines.push(lineOf(bytes.subarray(start, i)));
    if (byte === CR && bytes[i + 1] === LF) i += 1;
    start = i + 1;
  }
  if (start < bytes.length) lines.push(lineOf(bytes.subarray(start)));
  return lines;
}

/**
 * The lines of a stream of byte chunks, as {@link linesOfBytes} splits them, without holding
 * more than one line and one chunk. A CR at the end of a chunk waits for the next, which may
 * start with its LF.
 */
export async function* linesOfChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<NdjsonLine> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const bytes = carry.length === 0 ? chunk : concat(carry, chunk);
    const end = lastLineEnd(bytes);
    if (end === -1) {
      carry = bytes;
      continue;
    }
    yield* linesOfBytes(bytes.subarray(0, end + 1));
    carry = bytes.slice(end + 1);
  }
  if (carry.length > 0) yield* linesOfBytes(carry);
}

/** Where the last complete line ending is: an LF, or a CR not at the very end (its LF may follow). */
function lastLineEnd(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0; i -= 1) {
    if (bytes[i] === LF) return i;
    if (bytes[i] === CR && i < bytes.length - 1) return i;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
