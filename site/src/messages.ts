/** The messages between the page and the caseload worker. */
import type { CaseloadInput, CaseloadQuery, CaseloadResult } from "./caseload";

export type ToWorker =
  | { readonly kind: "load"; readonly id: number; readonly input: CaseloadInput; readonly query: CaseloadQuery }
  | { readonly kind: "query"; readonly id: number; readonly query: CaseloadQuery };

export type ToPage =
  | { readonly kind: "progress"; readonly stage: "read" | "compute"; readonly done: number; readonly total: number }
  | { readonly kind: "result"; readonly id: number; readonly result: CaseloadResult }
  | { readonly kind: "failed"; readonly id: number; readonly message: string };
