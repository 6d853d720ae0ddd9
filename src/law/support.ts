/**
 * SEN support rules (graduated-approach.md): guidance and local practice, never statutory.
 *
 * @module
 */
import type { Rule } from "./types";

/** The rules of the graduated approach. */
export const SUPPORT_RULES: readonly Rule[] = [];
