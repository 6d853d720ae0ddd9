/**
 * The contract's schemas as plain data, for the code that must run without zod: the fast path
 * past zod for certainly valid input (fast-path.ts), the unknown-key checks (unknown-keys.ts)
 * and the engine's guard on hand-built case files. `contract-tables.ts` holds them, written
 * from the zod schemas by `scripts/generate-contract-tables.ts` (see contract-describe.ts), so
 * a command that reads a valid case file never loads zod (docs/performance.md: cold start).
 *
 * @module
 */

/** A value of an enum or literal: JSON's scalars. */
export type ChoiceValue = string | number | boolean | null;

/**
 * A schema as the fast path reads it: only the kinds it can be sure of. `civil-date`, `identifier`
 * and `date-of-birth` are the shared field schemas of fields.ts.
 */
export type CheckShape =
  | { readonly kind: "civil-date" | "identifier" | "date-of-birth" | "boolean" }
  | { readonly kind: "one-of"; readonly values: readonly ChoiceValue[] }
  | { readonly kind: "array"; readonly element: CheckShape }
  | { readonly kind: "object"; readonly fields: readonly FieldShape[] };

/** A field of an object: `check` is `null` for an optional field of a kind left to zod, sure only when absent. */
export interface FieldShape {
  readonly key: string;
  readonly optional: boolean;
  readonly check: CheckShape | null;
}

/** Where a schema holds objects, and the keys each defines (unknown-keys.ts). */
export type KeyShape =
  | { readonly kind: "object"; readonly known: readonly string[]; readonly fields: readonly (readonly [string, KeyShape])[] }
  | { readonly kind: "array"; readonly element: KeyShape }
  | { readonly kind: "tagged"; readonly tag: string; readonly branches: readonly (readonly [ChoiceValue, KeyShape])[] };
