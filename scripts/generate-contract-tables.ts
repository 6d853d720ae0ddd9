/**
 * Writes `src/schema/contract-tables.ts` from the zod schemas of the case file (read by
 * `src/schema/contract-describe.ts`). `test/schema/contract-tables.test.ts` fails when the file
 * and the schemas disagree: run this after changing a schema.
 *
 * Run: `npx tsx scripts/generate-contract-tables.ts`
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { contractTables } from "../src/schema/contract-describe";

const OUTPUT = fileURLToPath(new URL("../src/schema/contract-tables.ts", import.meta.url));

const tables = contractTables();
const json = (value: unknown): string => JSON.stringify(value);

const source = `/**
 * The case file's schemas as plain data, for the code that runs without zod (contract-shapes.ts).
 *
 * GENERATED FILE, do not edit: run \`npx tsx scripts/generate-contract-tables.ts\` after changing
 * a schema (\`test/schema/contract-tables.test.ts\` checks that this file matches the schemas).
 *
 * @module
 */
import type { CheckShape, ChoiceValue, KeyShape } from "./contract-shapes";

/** Every event type name, in the order of the contract (the keys of \`eventSchemas\`). */
export const EVENT_TYPES = ${json(tables.EVENT_TYPES)} as const;

type EventTypeName = (typeof EVENT_TYPES)[number];

/** The fast path's description of the case file without its events. */
export const ENVELOPE_CHECK: CheckShape | null = ${json(tables.ENVELOPE_CHECK)};

/** The fast path's description of each event type; \`null\` where zod decides. */
export const EVENT_CHECKS: Readonly<Record<EventTypeName, CheckShape | null>> = ${json(tables.EVENT_CHECKS)};

/** The keys of the case file's objects without its events. */
export const ENVELOPE_KEYS: KeyShape | null = ${json(tables.ENVELOPE_KEYS)};

/** The keys of each event type's objects. */
export const EVENT_KEYS: Readonly<Record<EventTypeName, KeyShape | null>> = ${json(tables.EVENT_KEYS)};

/** Each event type's required fields with a fixed set of values (\`outcome\`, \`by\`…), and the values. */
export const REQUIRED_CHOICES: Readonly<Record<EventTypeName, readonly (readonly [string, readonly ChoiceValue[]])[]>> = ${json(tables.REQUIRED_CHOICES)};

/** Each event type's list fields (\`appliesTo\`). */
export const LIST_FIELDS: Readonly<Record<EventTypeName, readonly string[]>> = ${json(tables.LIST_FIELDS)};

/** The paths of each event type's date fields besides its own \`date\` (\`phaseTransfer.transferDate\`). */
export const OTHER_DATE_FIELDS: Readonly<Record<EventTypeName, readonly string[]>> = ${json(tables.OTHER_DATE_FIELDS)};
`;

const options = await resolveConfig(OUTPUT);
writeFileSync(OUTPUT, await format(source, { ...options, filepath: OUTPUT }));
