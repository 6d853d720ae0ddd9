/**
 * In-process CliIo for `batch` over bytes: the input handed over in chunks of a chosen size
 * (so that lines and characters straddle chunk ends), output captured as bytes. And the same
 * input through the CLI's line reader, as the line-by-line path reads a real file.
 */
import type { CliIo } from "../../src/cli/io";
import { linesOfChunks } from "../../src/cli/utf8-input";

export interface CapturedBytesIo extends CliIo {
  readonly out: () => Buffer;
  readonly err: () => string;
}

interface Options {
  readonly chunkBytes?: number;
  readonly tty?: boolean;
  /** The output's reader goes away after this many writes of bytes. */
  readonly readerGoneAfter?: number;
  /** Reading fails after this many chunks. */
  readonly failAfterChunks?: number;
}

function capture(options: Options): { io: CliIo; out: () => Buffer; err: () => string } {
  const out: Buffer[] = [];
  let err = "";
  let writes = 0;
  return {
    io: {
      // Batches never read a whole file as text.
      readText: async () => {
        throw new Error("not used");
      },
      stdout: (text) => {
        out.push(Buffer.from(text, "utf8"));
      },
      stdoutBytes: (bytes) => {
        writes += 1;
        out.push(Buffer.from(bytes));
      },
      drain: async () => writes < (options.readerGoneAfter ?? Infinity),
      stderr: (text) => {
        err += text;
      },
      today: () => "2025-03-01",
      stderrIsTTY: options.tty ?? false,
    },
    out: () => Buffer.concat(out),
    err: () => err,
  };
}

/** Batches over bytes, in this thread: `input` is `path`'s content, read `chunkBytes` at a time. */
export function bytesIo(path: string, input: Uint8Array, options: Options = {}): CapturedBytesIo {
  const { io, out, err } = capture(options);
  const size = options.chunkBytes ?? 1 << 16;
  return {
    ...io,
    openChunks: async (name) => {
      if (name !== path) throw new Error("ENOENT");
      return (async function* () {
        for (let at = 0, chunks = 0; at < input.length; at += size, chunks += 1) {
          if (chunks === options.failAfterChunks) throw new Error("EIO");
          yield input.subarray(at, at + size);
        }
      })();
    },
    out,
    err,
  };
}

/** Line by line, as the CLI's line reader reads a file (src/cli/utf8-input.ts), from chunks of the chosen size. */
export function readlineIo(path: string, input: Uint8Array, options: Options = {}): CapturedBytesIo {
  const { io, out, err } = capture(options);
  const size = options.chunkBytes ?? 1 << 16;
  return {
    ...io,
    openLines: async (name) => {
      if (name !== path) throw new Error("ENOENT");
      return linesOfChunks(
        (async function* () {
          for (let at = 0; at < input.length; at += size) yield input.subarray(at, at + size);
        })(),
      );
    },
    out,
    err,
  };
}
