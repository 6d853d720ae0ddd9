/**
 * The engine's speed tricks that are shared between its parts, in one place. Each is listed in
 * docs/performance.md § Ledger with what it gains and the test that guards it; the ledger's
 * entry names are the ones cited as `(docs/performance.md: <entry>)` where a trick is used.
 *
 * Not part of the public API. Nothing here holds state of its own.
 *
 * @module
 */

/**
 * Shared frozen empty list (ledger: frozen empties): most instances, cases and limits have no
 * further periods, closures, claims or working, and share this one instead of each making its
 * own. Frozen, so a push onto it throws instead of leaking into every other user.
 */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * `text`, held by V8 as one piece from now on (ledger: string flattening; reading a character
 * does it): a string built by joining is otherwise kept as its pieces, and every line of working
 * that uses a remembered text would carry them all, to be walked again when the output is written.
 */
export function asOnePiece(text: string): string {
  text.charCodeAt(0);
  return text;
}
