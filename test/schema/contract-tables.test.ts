// contract-tables.ts is written from the zod schemas (scripts/generate-contract-tables.ts): the
// code that runs without zod reads it, so it must say what the schemas say.
import { describe, expect, it } from "vitest";
import { contractTables } from "../../src/schema/contract-describe";
import * as tables from "../../src/schema/contract-tables";
import { eventSchemas } from "../../src/schema/events";

describe("the contract tables", () => {
  it("match the schemas (run npx tsx scripts/generate-contract-tables.ts after changing a schema)", () => {
    // Through JSON: the tables hold plain data only, and their key order counts (it is the output's).
    expect(JSON.parse(JSON.stringify(tables))).toEqual(JSON.parse(JSON.stringify(contractTables())));
  });

  it("name the event types in the schemas' order", () => {
    expect(tables.EVENT_TYPES).toEqual(Object.keys(eventSchemas));
  });

  it("describe every event type but the one with a rule across its fields (mediation-agreement) for the fast path", () => {
    const left = Object.entries(tables.EVENT_CHECKS).flatMap(([type, check]) => (check === null ? [type] : []));
    expect(left).toEqual(["mediation-agreement"]);
  });

  it("know the date fields inside events, and the required choices", () => {
    expect(tables.OTHER_DATE_FIELDS["review-meeting-held"]).toContain("phaseTransfer.transferDate");
    expect(tables.REQUIRED_CHOICES["assessment-decision"]).toEqual([["outcome", ["assess", "not-assess"]]]);
    expect(tables.LIST_FIELDS["exception-recorded"]).toEqual(["appliesTo"]);
  });
});
