/**
 * Shared wording of the picture and calendar adapters.
 *
 * @module
 */
import type { Deadline } from "../timeline/types";

/**
 * A deadline's title with the qualifier of a repeated rule, so that two advice deadlines
 * read apart.
 *
 * @example
 * deadlineLabel({ rule: "advice", key: "advice:EP1", title: "Advice provided", … }); // "Advice provided (EP1)"
 */
export function deadlineLabel(deadline: Pick<Deadline, "rule" | "key" | "title">): string {
  const prefix = `${deadline.rule}:`;
  return deadline.key.startsWith(prefix) ? `${deadline.title} (${deadline.key.slice(prefix.length)})` : deadline.title;
}
