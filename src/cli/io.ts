/**
 * What the CLI needs from the outside world, passed in so that tests can run it in-process.
 *
 * @module
 */
import { readFile, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { promisify } from "node:util";
import { civilDateInEngland } from "../dates/england-clock";
import type { NdjsonLine } from "../timeline/ndjson-line";
import { linesOfChunks, strictUtf8 } from "./utf8-input";
import type { StartWorker } from "./worker-pool";

/** The streams, files and clock the CLI uses. */
export interface CliIo {
  /** A whole file, or standard input for `-`, as text: rejects with `NotUtf8Error` (utf8-input.ts) when it is not UTF-8. */
  readonly readText: (path: string) => Promise<string>;
  /** Writes a file the user named, readable by the user only (it may hold personal data: `import sen2 --lookup`). */
  readonly writeText?: (path: string, text: string) => Promise<void>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date in England, `YYYY-MM-DD`. */
  readonly today: () => string;
  /**
   * The lines of a file, or of standard input for `-`, read as they come (never the whole
   * input at once). Rejects when the file cannot be opened. Without it, `readText` is split.
   */
  readonly openLines?: (path: string) => Promise<AsyncIterable<NdjsonLine>>;
  /**
   * The bytes of a file, or of standard input for `-`, in large chunks as they come (never the
   * whole input at once). Rejects when the file cannot be opened. With {@link stdoutBytes}, it
   * lets `batch` cut the input into batches of lines without decoding it line by line.
   */
  readonly openChunks?: (path: string) => Promise<AsyncIterable<Uint8Array>>;
  /** Writes UTF-8 bytes to standard output, after any text written before them. */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  /** Worker threads for `batch`: how many cores there are, and how to start one. Absent, batches run in this thread. */
  readonly threads?: { readonly cores: number; readonly start?: StartWorker };
  /**
   * Resolves when standard output can take more (back-pressure): `true`, or `false` once
   * nobody reads it any more (`| head`), so that the command can stop. Always `true` when absent.
   */
  readonly drain?: () => Promise<boolean>;
  /** Whether standard error is a terminal: progress lines are written only then. */
  readonly stderrIsTTY?: boolean;
  /** Runs a shell command with text on its standard input (for `vectors --check`), stopped after `timeoutMs`. */
  readonly runShell?: (command: string, input: string, env: Readonly<Record<string, string>>, timeoutMs: number) => Promise<ShellResult>;
}

/** What a shell command printed and how it ended. */
export interface ShellResult {
  readonly stdout: string;
  readonly exitCode: number | null;
  /** Whether it was stopped for running past its time. */
  readonly timedOut?: boolean;
}

async function runShell(command: string, input: string, env: Readonly<Record<string, string>>, timeoutMs: number): Promise<ShellResult> {
  // Loaded here: child_process brings net, dgram and the streams, which no other command needs (docs/performance.md: cold start).
  const { spawn } = await import("node:child_process");
  return new Promise((resolve) => {
    // A process group of its own, so that stopping it stops what the shell started too.
    const child = spawn(command, { shell: true, detached: true, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "inherit"] });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = (result: ShellResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    child.on("error", () => done({ stdout: "", exitCode: null }));
    child.on("close", (code) => done({ stdout: Buffer.concat(chunks).toString("utf8"), exitCode: code, ...(timedOut ? { timedOut } : {}) }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
  });
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// `node:fs`, which Node.js has loaded before any script, read the way `fs/promises` would: that
// module brings `readline` and the file watchers, about 1 ms of each start (docs/performance.md:
// cold start); the commands that open or write files load it when they run.
const readBytes = promisify(readFile);

async function readText(path: string): Promise<string> {
  return strictUtf8(path === "-" ? await readStdin() : await readBytes(path));
}

async function openLines(path: string): Promise<AsyncIterable<NdjsonLine>> {
  // Each line decoded on its own, so that one line that is not UTF-8 is answered alone (utf8-input.ts).
  return linesOfChunks(await openChunks(path));
}

/** Chunks this size make a few calls per megabyte, where a line reader makes one per line. */
const CHUNK_BYTES = 1 << 20;

async function* bytesOf(stream: Readable): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError("expected bytes from the input stream");
    yield chunk;
  }
}

async function openChunks(path: string): Promise<AsyncIterable<Uint8Array>> {
  // Opening first makes a missing or unreadable file fail here, before any output.
  if (path === "-") return bytesOf(process.stdin);
  const { open } = await import("node:fs/promises");
  return bytesOf((await open(path)).createReadStream({ highWaterMark: CHUNK_BYTES }));
}

let stdoutClosed = false;
let stdoutStream: NodeJS.WriteStream | undefined;

/** Whether stdout still has a reader: not once a write met EPIPE or the like. */
const stdoutOpen = (): boolean => !stdoutClosed;

/** `process.stdout`, made on first use, watched for EPIPE and the like. */
function stdoutAsStream(): NodeJS.WriteStream {
  if (stdoutStream === undefined) {
    stdoutStream = process.stdout;
    stdoutStream.on("error", () => {
      stdoutClosed = true;
    });
  }
  return stdoutStream;
}

/**
 * Writes to standard output: straight to its file descriptor while nothing has needed the
 * stream. Making `process.stdout` loads Node's streams, 1.5-5 ms of each start
 * (docs/performance.md: cold start), and a `timeline` run writes once. A descriptor that would
 * block (`EAGAIN`) or fails otherwise is left to the stream from there on.
 */
function writeOut(data: string | Uint8Array): void {
  if (!stdoutOpen()) return;
  if (stdoutStream === undefined) {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EPIPE") {
        stdoutClosed = true;
        return;
      }
      data = bytes.subarray(written);
    }
  }
  stdoutAsStream().write(data);
}

/** Standard output is written in blocks of about this size: one write per line is slow in a batch. */
const BLOCK_BYTES = 64 * 1024;
let pending: string[] = [];
let pendingLength = 0;

function writeStdout(text: string): void {
  if (!stdoutOpen()) return;
  pending.push(text);
  pendingLength += text.length;
  if (pendingLength >= BLOCK_BYTES) flushStdout();
}

/** Writes what is buffered for standard output; the executable calls it before it exits. */
export function flushStdout(): void {
  if (pending.length === 0) return;
  const block = pending.join("");
  pending = [];
  pendingLength = 0;
  writeOut(block);
}

function writeStdoutBytes(bytes: Uint8Array): void {
  flushStdout();
  writeOut(bytes);
}

async function drain(): Promise<boolean> {
  if (!stdoutOpen()) return false;
  // Written straight to the descriptor, nothing waits in a stream.
  const stream = stdoutStream;
  if (stream?.writableNeedDrain !== true) return true;
  // A closed pipe never drains: stop waiting when it closes or fails too.
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    stream.on("drain", done).on("close", done).on("error", done);
  });
  return stdoutOpen();
}

/**
 * The real process: files, stdin for `-`, and the clock in Europe/London. `start` is how to
 * start a batch worker thread, which only the executable knows (the file to start).
 */
export function processIo(start?: StartWorker): CliIo {
  return {
    runShell,
    readText,
    writeText: async (path, text) => (await import("node:fs/promises")).writeFile(path, text, { encoding: "utf8", mode: 0o600 }),
    stdout: writeStdout,
    stderr: (text) => process.stderr.write(text),
    today: () => civilDateInEngland(new Date()),
    openLines,
    openChunks,
    stdoutBytes: writeStdoutBytes,
    drain,
    // Read only by `batch`: making `process.stderr` loads Node's streams (docs/performance.md: cold start).
    get threads() {
      return { cores: availableParallelism(), ...(start === undefined ? {} : { start }) };
    },
    get stderrIsTTY() {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- isTTY is undefined, not false, when stderr is not a terminal
      return process.stderr.isTTY === true;
    },
  };
}
