/**
 * One in-process run of the command line: files read from disk (or from memory, by path), the
 * clock fixed at 2025-01-10, and what it printed captured.
 */
import { readFile } from "node:fs/promises";
import type { CliIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/program";

export interface CapturedRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `args` through `via` (the whole command line unless given). */
export async function capturedRun(
  args: readonly string[],
  files: Readonly<Record<string, string>> = {},
  via: (args: readonly string[], io: CliIo) => Promise<number> = runCli,
): Promise<CapturedRun> {
  let stdout = "";
  let stderr = "";
  const code = await via(args, {
    readText: async (path) => files[path] ?? readFile(path, "utf8"),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    today: () => "2025-01-10",
  });
  return { code, stdout, stderr };
}
