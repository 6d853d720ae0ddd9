/**
 * Unknown keys in a case file: every object of the contract is closed, so a key it does not
 * define is an input issue (`unknown-key`) at the path of the object holding it, with the
 * closest defined key as a suggestion. The one door for extra data is a key starting with
 * `x-`, allowed anywhere and never read. The checker of each schema is made from its description in
 * contract-tables.ts, like the fast path, so it cannot drift from the contract and needs no zod.
 *
 * @module
 */
import type { InputIssue } from "./case-file-error";
import { didYouMean } from "./did-you-mean";
import type { KeyShape } from "./contract-shapes";
import { isObject } from "./fast-path";
import { formatPath } from "./path";

/** The prefix of a key (or event type) the engine leaves to the caller. */
export const EXTENSION_PREFIX = "x-";

/** Whether a key or event type is the caller's own extension (`x-…`). */
export const isExtension = (name: string): name is `x-${string}` => name.startsWith(EXTENSION_PREFIX);

/** The message of every `unknown-key` issue: fixed, the key itself goes in the issue's `key`. */
export const UNKNOWN_KEY_MESSAGE = "this key is not part of the case file (extra data may go under a key starting with x-)";

/** Adds the issues of the unknown keys in `value`, whose path is `path`. */
export type KeyCheck = (value: unknown, path: readonly PropertyKey[], issues: InputIssue[]) => void;

/** The issue for an unknown key of the object at `path`. */
export function unknownKeyIssue(path: readonly PropertyKey[], key: string, known: Iterable<string>): InputIssue {
  const suggestion = didYouMean(key, known);
  return { code: "unknown-key", path: formatPath(path), message: UNKNOWN_KEY_MESSAGE, key, ...(suggestion === undefined ? {} : { suggestion }) };
}

/** The checker of the objects a schema's description names. `extraKeys` are also allowed on the top object. */
export function compileKeyCheck(shape: KeyShape, extraKeys: readonly string[] = []): KeyCheck {
  switch (shape.kind) {
    case "object":
      return objectKeys(shape, extraKeys);
    case "array": {
      const element = compileKeyCheck(shape.element);
      return (value, path, issues) => {
        if (Array.isArray(value)) value.forEach((item, index) => element(item, [...path, index], issues));
      };
    }
    case "tagged": {
      // The branch named by the discriminator; a value naming none is zod's to report.
      const branches = new Map<unknown, KeyCheck>(shape.branches.map(([tag, branch]) => [tag, compileKeyCheck(branch)]));
      return (value, path, issues) => {
        if (isObject(value)) branches.get(value[shape.tag])?.(value, path, issues);
      };
    }
  }
}

function objectKeys(shape: Extract<KeyShape, { kind: "object" }>, extraKeys: readonly string[]): KeyCheck {
  const known = new Set([...shape.known, ...extraKeys]);
  const fields = shape.fields.map(([key, field]) => [key, compileKeyCheck(field)] as const);
  return (value, path, issues) => {
    if (!isObject(value)) return;
    for (const key in value) if (!known.has(key) && !isExtension(key)) issues.push(unknownKeyIssue(path, key, known));
    for (const [key, check] of fields) if (value[key] !== undefined) check(value[key], [...path, key], issues);
  };
}
