/**
 * V8's code cache for the command line's own chunks. After Node.js itself, compiling the engine
 * is the largest part of a cold start (docs/performance.md: cold start). Node.js 22.1 and later
 * keep compiled code themselves (`module.enableCompileCache`), and the command line turns that
 * on where it exists. On Node.js 20 the chunks are compiled here, from the code a previous run
 * left, and a run that compiled a chunk afresh leaves its code at exit.
 *
 * The cache is kept where Node.js keeps its own, under the system's temporary directory, in a
 * directory of this user's only: one this user owns that no one else may write to, or none is
 * used. One file a chunk, named for the chunk (whose name holds a hash of its code), the Node.js
 * version and the architecture. V8 checks a file against the code's length, its own version and
 * its flags; a file it rejects is compiled afresh and replaced. `NODE_DISABLE_COMPILE_CACHE`
 * turns the cache off, as it does Node.js's own.
 *
 * @module
 */
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

/** What Node.js's CommonJS loader calls to compile and run a module; not in its typings. */
interface CompilingModule {
  exports: unknown;
  _compile: (this: CompilingModule, content: string, filename: string) => unknown;
}

/** Where the cache is kept and which files it serves. */
export interface CodeCacheOptions {
  /** The directory of the cache: created (mode 700) when missing, not used when another user owns it or others may write to it. */
  readonly directory: string;
  /** Whether a CommonJS file is compiled from the cache; any other is left to Node.js. */
  readonly serves: (filename: string) => boolean;
}

/** An installed cache: `save` writes the code of the files compiled afresh; `remove` gives Node.js back its own compiling. */
export interface CodeCache {
  save(): void;
  remove(): void;
  /** The files compiled so far, each with whether its code came from the cache. */
  readonly compiled: readonly { readonly filename: string; readonly fromCache: boolean }[];
}

/** The cache file of a chunk for this Node.js and this architecture. */
const cacheFileName = (filename: string): string => `${basename(filename)}-${process.version}-${process.arch}.v8`;

/**
 * Whether `directory` is this user's alone: a directory, not a link to one, owned by this user and
 * writable by no one else (POSIX; elsewhere the temporary directory is the user's own).
 */
function isPrivate(directory: string): boolean {
  const found = lstatSync(directory);
  return found.isDirectory() && (process.getuid === undefined || (found.uid === process.getuid() && (found.mode & 0o022) === 0));
}

/** The directory made private when missing; `false` when it cannot be, or is another's. */
function privateDirectory(directory: string): boolean {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    return isPrivate(directory);
  } catch {
    return false;
  }
}

const readCache = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

/**
 * Compiles the files `serves` accepts from the code cache in `directory`: Node.js's CommonJS
 * loader is given a `_compile` that compiles them as it would, but with V8's cached code.
 */
export function installCodeCache({ directory, serves }: CodeCacheOptions): CodeCache {
  const prototype = Module.prototype as unknown as CompilingModule;
  const ownCompile = prototype._compile;
  const usable = (() => {
    try {
      return isPrivate(directory);
    } catch {
      return true; // missing: made at the first save
    }
  })();
  const fresh: { script: Script; file: string }[] = [];
  const compiled: { filename: string; fromCache: boolean }[] = [];
  prototype._compile = function compileFromCache(this: CompilingModule, content: string, filename: string): unknown {
    if (!usable || !serves(filename)) return ownCompile.call(this, content, filename);
    const file = join(directory, cacheFileName(filename));
    const cachedData = readCache(file);
    const script = new Script(Module.wrap(content), { filename, ...(cachedData === undefined ? {} : { cachedData }) });
    const fromCache = cachedData !== undefined && script.cachedDataRejected !== true;
    compiled.push({ filename, fromCache });
    if (!fromCache) fresh.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dirname(filename));
  };
  return {
    compiled,
    save() {
      // After the run, so that the code holds the functions the run compiled, not only the top level.
      if (fresh.length === 0 || !privateDirectory(directory)) return;
      for (const { script, file } of fresh.splice(0)) {
        // Written whole under another name, then renamed: a run starting meanwhile reads the old file or the new, never half of one.
        const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}`;
        try {
          writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
          renameSync(partial, file);
        } catch {
          // A cache that cannot be written costs the next run its compiling, nothing else.
        }
      }
    },
    remove() {
      prototype._compile = ownCompile;
    },
  };
}

/** Node.js's own compile cache, from 22.1. */
type EnableCompileCache = () => unknown;

/**
 * Turns the code cache on for the command line's chunks, the `.cjs` files of `chunkDirectory`:
 * Node.js's own where it has one, else this module's, saved when the process exits.
 */
export function enableCompileCache(chunkDirectory: string): void {
  if ((process.env["NODE_DISABLE_COMPILE_CACHE"] ?? "") !== "") return;
  const nodeOwn = (Module as unknown as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (nodeOwn !== undefined) {
    nodeOwn();
    return;
  }
  const user = process.getuid?.() ?? "user";
  const cache = installCodeCache({
    directory: join(tmpdir(), `ehc-timeline-compile-cache-${user}`),
    serves: (filename) => filename.endsWith(".cjs") && dirname(filename) === chunkDirectory,
  });
  process.once("exit", () => cache.save());
}
