/**
 * What the CLI needs from the outside world, passed in so that tests can run it in-process.
 *
 * @module
 */
import { open, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
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

async function readText(path: string): Promise<string> {
  return strictUtf8(path === "-" ? await readStdin() : await readFile(path));
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
  return bytesOf(path === "-" ? process.stdin : (await open(path)).createReadStream({ highWaterMark: CHUNK_BYTES }));
}

let stdoutClosed: boolean | undefined;

/** Whether stdout still has a reader; the first call starts watching for EPIPE and the like. */
function stdoutOpen(): boolean {
  if (stdoutClosed === undefined) {
    stdoutClosed = false;
    process.stdout.on("error", () => {
      stdoutClosed = true;
    });
  }
  return !stdoutClosed;
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
  if (stdoutOpen()) process.stdout.write(block);
}

function writeStdoutBytes(bytes: Uint8Array): void {
  flushStdout();
  if (stdoutOpen()) process.stdout.write(bytes);
}

async function drain(): Promise<boolean> {
  if (!stdoutOpen()) return false;
  if (!process.stdout.writableNeedDrain) return true;
  // A closed pipe never drains: stop waiting when it closes or fails too.
  await new Promise<void>((resolve) => {
    const done = (): void => {
      process.stdout.off("drain", done).off("close", done).off("error", done);
      resolve();
    };
    process.stdout.on("drain", done).on("close", done).on("error", done);
  });
  return stdoutOpen();
}

/**
 * The real process: files, stdin for `-`, and the clock in Europe/London. The executable adds
 * how to start a worker thread, since only it knows the file to start.
 */
export const processIo: CliIo = {
  runShell,
  readText,
  writeText: (path, text) => writeFile(path, text, { encoding: "utf8", mode: 0o600 }),
  stdout: writeStdout,
  stderr: (text) => process.stderr.write(text),
  today: () => civilDateInEngland(new Date()),
  openLines,
  openChunks,
  stdoutBytes: writeStdoutBytes,
  threads: { cores: availableParallelism() },
  drain,
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- isTTY is undefined, not false, when stderr is not a terminal
  stderrIsTTY: process.stderr.isTTY === true,
};
