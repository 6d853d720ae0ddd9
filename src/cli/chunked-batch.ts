/**
 * `ehc-timeline batch` over bytes: the input read in large chunks, cut into batches of lines,
 * each batch answered on a worker thread (or in this thread for `--jobs 1`), and the answers
 * written strictly in input order. A bounded number of batches is in flight at any time, and
 * none is sent while standard output is full, so memory stays constant whatever the input size.
 *
 * @module
 */
import type { BatchInput, BatchOutput, BatchSettings } from "./batch-job";
import { runBatch } from "./batch-job";
import { ByteOutput } from "./byte-output";
import { EXIT, UsageError, sourceName } from "./common";
import type { CliIo } from "./io";
import { LineBatcher } from "./line-batches";
import { type StartWorker, WorkerPool } from "./worker-pool";

/** What the byte path needs of the outside world. */
export type ByteIo = CliIo & Required<Pick<CliIo, "openChunks" | "stdoutBytes">>;

/** Whether `io` can read and write bytes, so that the batch can run on this path. */
export function canRunOnBytes(io: CliIo): io is ByteIo {
  return io.openChunks !== undefined && io.stdoutBytes !== undefined;
}

const PROGRESS_EVERY = 1000;
/** Batches in flight per worker: one being answered, one waiting in its queue, one on its way back. */
const IN_FLIGHT_PER_WORKER = 3;

/** Answers batches somewhere: in this thread, or on a pool of workers. */
interface Answerer {
  readonly run: (input: BatchInput) => Promise<BatchOutput>;
  readonly inFlight: number;
  readonly close: () => Promise<void>;
}

function inThread(settings: BatchSettings): Answerer {
  const output = new ByteOutput(1 << 20);
  return {
    run: async (input) => runBatch(input, settings, output),
    inFlight: 1,
    close: async () => undefined,
  };
}

function answerer(settings: BatchSettings, jobs: number, start: StartWorker | undefined): Answerer {
  if (jobs <= 1 || start === undefined) return inThread(settings);
  let pool: WorkerPool;
  try {
    pool = new WorkerPool(jobs, { ehcTimelineBatchWorker: settings }, start);
  } catch {
    // No worker threads here (a restricted runtime): the same answers, in this thread.
    return inThread(settings);
  }
  return { run: (input) => pool.run(input), inFlight: jobs * IN_FLIGHT_PER_WORKER, close: () => pool.close() };
}

/** A read error of the input, told apart from a fault in answering it. */
class ReadFailure extends Error {}

async function* batchesOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<BatchInput> {
  const batcher = new LineBatcher();
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await iterator.next();
    } catch {
      // The whole lines read before the failure are answered, as line by line they would be.
      const rest = batcher.endAfterFailure();
      if (rest !== undefined) yield rest;
      throw new ReadFailure();
    }
    if (next.done === true) break;
    yield* batcher.push(next.value);
  }
  const last = batcher.end();
  if (last !== undefined) yield last;
}

/** Writes answers in order, with their issues and progress on stderr, and keeps the exit code. */
class AnswerWriter {
  private cases = 0;
  private progressShown = 0;
  private invalid = false;
  private errors = false;

  constructor(private readonly io: ByteIo) {}

  /** Writes one batch's answers; resolves to `false` once nobody reads standard output. */
  async write(output: BatchOutput): Promise<boolean> {
    output.notes.forEach((note, i) => {
      this.progressUpTo(this.cases + (output.notesAt[i] ?? 0));
      this.io.stderr(note);
    });
    this.cases += output.cases;
    this.progressUpTo(this.cases);
    if (output.invalid) this.invalid = true;
    if (output.errors) this.errors = true;
    if (output.bytes.length > 0) this.io.stdoutBytes(output.bytes);
    return (await this.io.drain?.()) !== false;
  }

  /** The last progress line, and the exit code: 2 if a line was invalid, else 1 if a case has errors, else 0. */
  finish(): number {
    if (this.io.stderrIsTTY === true) this.io.stderr(`\rehc-timeline: ${this.cases} cases\n`);
    return this.invalid ? EXIT.invalid : this.errors ? EXIT.problems : EXIT.ok;
  }

  /** A progress line at each thousand cases, as a line-by-line run writes them. */
  private progressUpTo(cases: number): void {
    if (this.io.stderrIsTTY !== true) return;
    while (this.progressShown + PROGRESS_EVERY <= cases) {
      this.progressShown += PROGRESS_EVERY;
      this.io.stderr(`\rehc-timeline: ${this.progressShown} cases`);
    }
  }
}

/** Runs a batch over the bytes of `path` with `jobs` threads; resolves to the exit code. */
export async function batchOnBytes(io: ByteIo, path: string, settings: BatchSettings, jobs: number): Promise<number> {
  let chunks: AsyncIterable<Uint8Array>;
  try {
    chunks = await io.openChunks(path);
  } catch {
    throw new UsageError(`cannot read ${sourceName(path)}`);
  }
  const writer = new AnswerWriter(io);
  const answers = answerer(settings, jobs, io.threads?.start);
  const inFlight: Promise<BatchOutput>[] = [];
  let readFailed = false;
  try {
    try {
      for await (const batch of batchesOf(chunks)) {
        const answer = answers.run(batch);
        // Awaited in order below; a fault meanwhile must not count as unhandled.
        answer.catch(() => undefined);
        inFlight.push(answer);
        while (inFlight.length >= answers.inFlight) {
          const oldest = inFlight.shift();
          // Nobody reads the output any more (`| head`): stop reading the input.
          if (oldest !== undefined && !(await writer.write(await oldest))) return writer.finish();
        }
      }
    } catch (error) {
      if (!(error instanceof ReadFailure)) throw error;
      // What was read before the failure is still answered, then the failure is reported.
      readFailed = true;
    }
    for (let oldest = inFlight.shift(); oldest !== undefined; oldest = inFlight.shift()) {
      if (!(await writer.write(await oldest))) break;
    }
  } finally {
    await answers.close();
  }
  if (readFailed) throw new UsageError(`cannot read ${sourceName(path)}`);
  return writer.finish();
}
