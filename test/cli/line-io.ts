/**
 * An in-process CliIo for the streaming commands: lines come from memory (or a generator, so
 * that nothing holds the whole input), output is captured.
 */
import type { CliIo } from "../../src/cli/io";

export interface CapturedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
  /** For each input line pulled, how many output lines had been written before it. */
  readonly outputLinesAtPull: () => readonly number[];
}

type Source = readonly string[] | (() => Iterable<string>);

/** `readerGoneAfter`: the output's reader goes away after that many lines (`| head`). */
export function lineIo(files: Record<string, Source>, options: { tty?: boolean; readerGoneAfter?: number } = {}): CapturedIo {
  let out = "";
  let err = "";
  let outLines = 0;
  const atPull: number[] = [];
  const linesOf = (path: string): Iterable<string> => {
    const source = files[path];
    if (source === undefined) throw new Error("ENOENT");
    return typeof source === "function" ? source() : source;
  };
  return {
    readText: async (path) => [...linesOf(path)].join("\n"),
    openLines: async (path) => {
      const lines = linesOf(path);
      return (async function* () {
        for (const line of lines) {
          atPull.push(outLines);
          yield line;
        }
      })();
    },
    drain: async () => outLines < (options.readerGoneAfter ?? Infinity),
    stdout: (text) => {
      out += text;
      for (const c of text) if (c === "\n") outLines += 1;
    },
    stderr: (text) => {
      err += text;
    },
    today: () => "2025-03-01",
    stderrIsTTY: options.tty ?? false,
    out: () => out,
    err: () => err,
    outputLinesAtPull: () => atPull,
  };
}
