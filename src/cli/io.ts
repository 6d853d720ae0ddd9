/**
 * What the CLI needs from the outside world, passed in so that tests can run it in-process.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { DateTime } from "luxon";

/** The streams, files and clock the CLI uses. */
export interface CliIo {
  readonly readText: (path: string) => Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date in England, `YYYY-MM-DD`. */
  readonly today: () => string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The real process: files, stdin for `-`, and the clock in Europe/London. */
export const processIo: CliIo = {
  readText: (path) => (path === "-" ? readStdin() : readFile(path, "utf8")),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => DateTime.now().setZone("Europe/London").toISODate() ?? "",
};
