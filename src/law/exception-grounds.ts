/**
 * The grounds on which a time limit need not be met (rules.md § 1, § 7, § 8).
 *
 * @module
 */
import type { ExceptionGround } from "./ground-ids";
import type { ExceptionProvision } from "./types";

export type { ExceptionGround } from "./ground-ids";

/** What the engine checks about a claim on each ground. */
export type GroundCheck = "closure" | "absence" | "coronavirus-window" | "none" | "not-checkable";

/** A ground: its plain-English meaning and what can be checked. */
export interface GroundDefinition {
  readonly ground: ExceptionGround;
  readonly meaning: string;
  readonly check: GroundCheck;
}

/** Every ground, with what it means. */
export const GROUNDS: Readonly<Record<ExceptionGround, GroundDefinition>> = {
  "school-closure": {
    ground: "school-closure",
    meaning:
      "the LA asked a school's or post-16 institution's head for advice during the period that starts one week before a closure of at least 4 continuous weeks and ends one week before it re-opens",
    check: "closure",
  },
  "early-years-closure": {
    ground: "early-years-closure",
    meaning:
      "the LA asked an early-years provider for advice during the period that starts one week before a closure of at least 4 continuous weeks and ends one week before it re-opens",
    check: "closure",
  },
  "personal-circumstances": {
    ground: "personal-circumstances",
    meaning: "exceptional personal circumstances affecting the child, the parent or the young person",
    check: "none",
  },
  "absence-from-area": {
    ground: "absence-from-area",
    meaning: "the child, the parent or the young person was away from the LA's area for a continuous period",
    check: "absence",
  },
  "advice-exceptional-circumstances": {
    ground: "advice-exceptional-circumstances",
    meaning: "exceptional circumstances affecting the child or the young person or the parent",
    check: "none",
  },
  "advice-absence": {
    ground: "advice-absence",
    meaning: "the child, the parent or the young person was away from the LA's area for at least 4 continuous weeks",
    check: "absence",
  },
  "missed-appointment": {
    ground: "missed-appointment",
    meaning: "the child or young person failed to keep an appointment for an examination or a test",
    check: "none",
  },
  coronavirus: {
    ground: "coronavirus",
    meaning: "a reason relating to the incidence or transmission of coronavirus (SI 2020/471), only from 1 May 2020 to 25 September 2020",
    check: "coronavirus-window",
  },
  "not-recorded": {
    ground: "not-recorded",
    meaning: "a record says one of the grounds of reg 13(3) applied, without saying which or for which days (the SEN2 return's Week20 item); the engine cannot check it",
    check: "not-checkable",
  },
};

/** The first and last day a `coronavirus` exception may cover: 1 May to 25 September 2020 inclusive (SI 2020/471). */
export const CORONAVIRUS_PERIOD = { from: "2020-05-01", to: "2020-09-25" } as const;

/** The citation of the temporary `coronavirus` ground, for every limit it may be recorded against (rules.md § 8). */
export const CORONAVIRUS_CITATION =
  "SEND (Coronavirus) (Amendment) Regulations 2020 (SI 2020/471): the coronavirus paragraph it inserted into the regulation setting this limit, 1 May to 25 September 2020";

/**
 * The coronavirus ground for the limits of mediation (Regs 33, 34, 35, 36, 39, 42(3)), of the
 * Tribunal's orders under Regs 44(2)(d)-(h) and of unopposed appeals under Regs 45(4)-(6A): the
 * list of regulation 2A(3)(g)-(n) that SI 2020/471 inserted, 1 May to 25 September 2020.
 */
export const CORONAVIRUS_REG_2A: ExceptionProvision = {
  ground: "coronavirus",
  citation: "SEND Regulations 2014, reg 2A(3)(g)-(n), inserted by SI 2020/471 (1 May to 25 September 2020)",
};

/** The coronavirus ground for the reviews of Regs 18 (phase transfers): regulation 18A, inserted by SI 2020/471. */
export const CORONAVIRUS_REG_18A: ExceptionProvision = {
  ground: "coronavirus",
  citation: "SEND Regulations 2014, reg 18A, inserted by SI 2020/471 (1 May to 25 September 2020)",
};

/** The coronavirus ground for responses to the Tribunal's recommendations: SI 2017/1306 reg 2A, inserted by SI 2020/471 reg 30. */
export const CORONAVIRUS_RECOMMENDATIONS: ExceptionProvision = {
  ground: "coronavirus",
  citation: "SI 2017/1306, reg 2A, inserted by SI 2020/471, reg 30 (1 May to 25 September 2020)",
};

/**
 * The 20-week limit's claim of an exception whose ground was not recorded (SEN2 `Week20` = 1):
 * reg 13(3) gives the grounds, so the claim stands on it, and is reported as unchecked.
 */
export const NOT_RECORDED_REG_13: ExceptionProvision = {
  ground: "not-recorded",
  citation: "SEND Regulations 2014, reg 13(3): a ground applying reg 10(4)(a)-(d), not recorded which",
};

/**
 * The four grounds shared by Regs 5(4), 10(4), 13(3) and 27(3), cited to the regulation that
 * applies them, plus the temporary coronavirus ground.
 */
export function fourGrounds(regulation: string): ExceptionProvision[] {
  return [
    { ground: "school-closure", citation: `${regulation}(a)` },
    { ground: "early-years-closure", citation: `${regulation}(b)` },
    { ground: "personal-circumstances", citation: `${regulation}(c)` },
    { ground: "absence-from-area", citation: `${regulation}(d)`, minimumDays: 28 },
    { ground: "coronavirus", citation: CORONAVIRUS_CITATION },
  ];
}

/** The advice grounds of Regs 8(2) (no school-closure ground), plus coronavirus. */
export const ADVICE_GROUNDS: readonly ExceptionProvision[] = [
  { ground: "advice-exceptional-circumstances", citation: "SEND Regulations 2014, reg 8(2)(a)" },
  { ground: "advice-absence", citation: "SEND Regulations 2014, reg 8(2)(b)", minimumDays: 28 },
  { ground: "missed-appointment", citation: "SEND Regulations 2014, reg 8(2)(c)" },
  { ground: "coronavirus", citation: CORONAVIRUS_CITATION },
];

/**
 * The Regs 44(3) grounds for Tribunal-order limits: exceptional personal circumstances, absence
 * of at least 2 continuous weeks, or any Regs 13(3) circumstance.
 */
export function orderGrounds(regulation: string): ExceptionProvision[] {
  return [
    { ground: "personal-circumstances", citation: regulation },
    { ground: "absence-from-area", citation: regulation, minimumDays: 14 },
    // Reg 13(3) has no lettered grounds of its own: it applies reg 10(4)(a) to (d).
    { ground: "school-closure", citation: `${regulation}, applying reg 13(3) and reg 10(4)(a)` },
    { ground: "early-years-closure", citation: `${regulation}, applying reg 13(3) and reg 10(4)(b)` },
    { ground: "coronavirus", citation: CORONAVIRUS_CITATION },
  ];
}
