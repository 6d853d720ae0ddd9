// Counting forms by name, for the date tests.
import type { CountingForm } from "../../src/dates/counting";

export const weeks = (n: number): CountingForm => ({ kind: "weeks-after", weeks: n });
export const days = (n: number): CountingForm => ({ kind: "days-after", days: n });
export const daysWith = (n: number): CountingForm => ({ kind: "days-beginning-with", days: n });
export const months = (n: number): CountingForm => ({ kind: "months-after", months: n });
export const monthsWith = (n: number): CountingForm => ({ kind: "months-beginning-with", months: n });
export const working = (n: number): CountingForm => ({ kind: "working-days-after", days: n });
export const workingWith = (n: number): CountingForm => ({ kind: "working-days-beginning-with", days: n });
