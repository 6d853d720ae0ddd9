/**
 * Unknown keys in a case file: every object of the contract is closed, so a key it does not
 * define is an input issue (`unknown-key`) at the path of the object holding it, with the
 * closest defined key as a suggestion. The one door for extra data is a key starting with
 * `x-`, allowed anywhere and never read. The checker of each schema is derived from the zod
 * schema once, like the fast path, so it cannot drift from the contract.
 *
 * @module
 */
import * as z from "zod";
import type { InputIssue } from "./case-file-error";
import { didYouMean } from "./did-you-mean";
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

/** The checker of a schema, or `null` when nothing in it is an object. `extraKeys` are also allowed on the top object. */
export function keyCheck(schema: z.ZodType, extraKeys: readonly string[] = []): KeyCheck | null {
  if (schema instanceof z.ZodObject) return objectKeys(schema, extraKeys);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return keyCheck(schema.def.innerType as z.ZodType);
  if (schema instanceof z.ZodPipe) return keyCheck(schema.def.in as z.ZodType);
  if (schema instanceof z.ZodArray) return arrayKeys(schema);
  if (schema instanceof z.ZodDiscriminatedUnion) return discriminatedKeys(schema);
  if (schema instanceof z.ZodUnion) return unionKeys(schema);
  return null;
}

function objectKeys(schema: z.ZodObject, extraKeys: readonly string[]): KeyCheck {
  const shape = schema.shape as Record<string, z.ZodType>;
  const known = new Set([...Object.keys(shape), ...extraKeys]);
  const fields = Object.entries(shape).flatMap(([key, field]) => {
    const check = keyCheck(field);
    return check === null ? [] : [[key, check] as const];
  });
  return (value, path, issues) => {
    if (!isObject(value)) return;
    for (const key in value) if (!known.has(key) && !isExtension(key)) issues.push(unknownKeyIssue(path, key, known));
    for (const [key, check] of fields) if (value[key] !== undefined) check(value[key], [...path, key], issues);
  };
}

function arrayKeys(schema: z.ZodArray): KeyCheck | null {
  const element = keyCheck(schema.element as z.ZodType);
  if (element === null) return null;
  return (value, path, issues) => {
    if (Array.isArray(value)) value.forEach((item, index) => element(item, [...path, index], issues));
  };
}

/** The branch named by the discriminator; a value naming none is zod's to report. */
function discriminatedKeys(schema: z.ZodDiscriminatedUnion): KeyCheck | null {
  const discriminator = schema.def.discriminator;
  const branches = new Map<unknown, KeyCheck>();
  for (const option of schema.options as z.ZodObject[]) {
    const check = keyCheck(option);
    const tag = option.shape[discriminator] as z.ZodType | undefined;
    if (check !== null && tag instanceof z.ZodLiteral) for (const literal of tag.values) branches.set(literal, check);
  }
  return (value, path, issues) => {
    if (isObject(value)) branches.get(value[discriminator])?.(value, path, issues);
  };
}

/** A union with one object branch (a date or an object, a preset name or a policy): that branch's keys. */
function unionKeys(schema: z.ZodUnion): KeyCheck | null {
  const objects = (schema.options as z.ZodType[]).filter((option) => option instanceof z.ZodObject);
  const only = objects.length === 1 ? objects[0] : undefined;
  return only === undefined ? null : keyCheck(only);
}
