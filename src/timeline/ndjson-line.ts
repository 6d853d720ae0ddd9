/**
 * A line of NDJSON input as a reader of bytes hands it on. In a module of its own, so that the
 * command line's readers use it without loading the engine (docs/performance.md: cold start).
 *
 * @module
 */

/**
 * A line whose bytes are not UTF-8, as a reader of bytes marks it: it is answered with an
 * `invalid-encoding` issue, never repaired (docs/integration.md § Text input).
 */
export const NOT_UTF8: unique symbol = Symbol("not UTF-8");

/** A line of NDJSON input: its text, or {@link NOT_UTF8}. */
export type NdjsonLine = string | typeof NOT_UTF8;
