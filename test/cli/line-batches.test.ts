import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/timeline/batch";
import { LineBatcher } from "../../src/cli/line-batches";
import type { BatchInput } from "../../src/cli/batch-job";

const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

function batchesOf(input: Uint8Array, chunkBytes: number, limits: { lines: number; bytes: number }): BatchInput[] {
  const batcher = new LineBatcher(limits);
  const batches: BatchInput[] = [];
  for (let at = 0; at < input.length; at += chunkBytes) batches.push(...batcher.push(input.subarray(at, at + chunkBytes)));
  const last = batcher.end();
  if (last !== undefined) batches.push(last);
  return batches;
}

describe("LineBatcher", () => {
  it("cuts any input, chunked any way, into batches of whole lines numbered as a line reader numbers them", () => {
    const piece = fc.constantFrom("a", "{}", " ", "é", "–", "\n", "\r", "\r\n", "\n\n");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 30 }),
        (pieces, chunkBytes, lines, bytes) => {
          const text = pieces.join("");
          const batches = batchesOf(Buffer.from(text), chunkBytes, { lines, bytes });
          // Nothing lost or repeated, and every batch but the last ends with a line end.
          expect(Buffer.concat(batches.map((b) => b.bytes)).toString("utf8")).toBe(text);
          let next = 1;
          for (const batch of batches) {
            expect(batch.firstLine).toBe(next);
            next += splitLines(decode(batch.bytes)).length;
          }
          expect(next - 1).toBe(splitLines(text).length);
        },
      ),
    );
  });

  it("numbers a CR alone, CR LF and LF as one line end each; text after the last is a line", () => {
    const batches = batchesOf(Buffer.from("a\rb\r\nc\n\rd"), 3, { lines: 1, bytes: 100 });
    expect(batches.map((b) => [b.firstLine, decode(b.bytes)])).toEqual([
      [1, "a\rb\r\n"],
      [3, "c\n"],
      [4, "\rd"],
    ]);
    expect(splitLines("a\rb\r\n")).toEqual(["a", "b"]);
    expect(splitLines("\rd")).toEqual(["", "d"]);
  });

  it("keeps the whole lines when reading fails, without the unfinished one", () => {
    const batcher = new LineBatcher({ lines: 100, bytes: 1000 });
    expect(batcher.push(Buffer.from("a\nb\rc"))).toEqual([]);
    const rest = batcher.endAfterFailure();
    expect(rest?.firstLine).toBe(1);
    expect(decode(rest?.bytes ?? new Uint8Array())).toBe("a\nb\r");
  });
});
