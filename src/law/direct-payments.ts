/**
 * Direct payments for a personal budget (rules.md § 2 "Direct payments"; Special Educational
 * Needs (Personal Budgets) Regulations 2014, SI 2014/1652).
 *
 * @module
 */
import type { Rule } from "./types";

/**
 * PB Regs 11(2)(a): the LA reviews the making and use of direct payments at least once within the
 * first 3 months of their being made (later reviews, reg 11(2)(b)-(c), run at the year's end and
 * at intervals the LA decides, and are not counted here).
 */
export const directPaymentsReview: Rule = {
  id: "direct-payments-review",
  title: "First review of direct payments",
  duty: "Review the making and use of the direct payments at least once within the first 3 months of their being made.",
  owner: "local-authority",
  strength: "statutory",
  kind: "limit",
  counting: { kind: "months-beginning-with", months: 3 },
  anchor: "the day the first direct payment was made",
  citation: "Special Educational Needs (Personal Budgets) Regulations 2014 (SI 2014/1652), reg 11(2)(a)",
  exceptions: [],
  inForce: { from: "2014-09-01" },
  // The stored pages hold only the same words in the pilot scheme (SI 2012/206, Sch 1 para 15(2)(a)), not reg 11 itself.
  verified: false,
};

/** The rules of direct payments. */
export const DIRECT_PAYMENT_RULES: readonly Rule[] = [directPaymentsReview];
