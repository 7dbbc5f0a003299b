import { describe, expectTypeOf, it } from "vitest";
import {
  PolicyInputError,
  checkEligibility,
  classifyRequest,
  deviceCoverage,
  noShowCharge,
  overtimeCharge,
  quoteService,
  slaTarget,
  type Edition,
  type Money,
  type QuoteLine,
} from "../src/index.js";

describe("public signatures (Terms, per service)", () => {
  it("money has the contract's shape", () => {
    expectTypeOf<Money>().toEqualTypeOf<{ readonly amount: string; readonly cents: number; readonly currency: "USD" }>();
  });

  it("every result carries citations and explanation", () => {
    expectTypeOf(overtimeCharge).returns.toHaveProperty("citations").toEqualTypeOf<string[]>();
    expectTypeOf(quoteService).returns.toHaveProperty("explanation").toEqualTypeOf<string[]>();
    expectTypeOf(slaTarget).returns.toHaveProperty("citations").toEqualTypeOf<string[]>();
  });

  it("checkEligibility", () => {
    expectTypeOf(checkEligibility).parameter(0).toEqualTypeOf<{
      age: number;
      zip: string;
      outsideAreaApproved?: boolean | undefined;
      mode?: "remote" | "onsite" | undefined;
      edition?: Edition | undefined;
    }>();
    expectTypeOf(checkEligibility).returns.toHaveProperty("eligible").toEqualTypeOf<boolean>();
    expectTypeOf(checkEligibility).returns.toHaveProperty("reasons").toBeArray();
  });

  it("deviceCoverage", () => {
    expectTypeOf(deviceCoverage).parameter(0).toHaveProperty("devices").toEqualTypeOf<
      { kind: "desktop" | "laptop" | "tablet" | "printer" | "iot"; addOn?: boolean | undefined }[]
    >();
    expectTypeOf(deviceCoverage).returns.toHaveProperty("addOnFee").toEqualTypeOf<Money>();
    expectTypeOf(deviceCoverage).returns.toHaveProperty("covered").toEqualTypeOf<number>();
  });

  it("overtimeCharge", () => {
    expectTypeOf(overtimeCharge).parameter(0).toHaveProperty("mode").toEqualTypeOf<"remote" | "onsite">();
    expectTypeOf(overtimeCharge).parameter(0).toHaveProperty("rounding").toEqualTypeOf<"started" | "full" | undefined>();
    expectTypeOf(overtimeCharge).returns.toHaveProperty("fee").toEqualTypeOf<Money>();
    expectTypeOf(overtimeCharge).returns.toHaveProperty("blocks").toEqualTypeOf<number>();
  });

  it("quoteService", () => {
    expectTypeOf(quoteService).parameter(0).toHaveProperty("customer").toEqualTypeOf<"member" | "non-member">();
    expectTypeOf(quoteService).parameter(0).toHaveProperty("tripFee").toEqualTypeOf<string | number | undefined>();
    expectTypeOf(quoteService).parameter(0).toHaveProperty("outsideAreaApproved").toEqualTypeOf<boolean | undefined>();
    expectTypeOf(quoteService).returns.toHaveProperty("lines").toEqualTypeOf<QuoteLine[]>();
    expectTypeOf<QuoteLine["amount"]>().toEqualTypeOf<Money>();
    expectTypeOf(quoteService).returns.toHaveProperty("total").toEqualTypeOf<Money>();
  });

  it("noShowCharge", () => {
    expectTypeOf(noShowCharge).parameter(0).toHaveProperty("appointmentAt").toEqualTypeOf<string | Date>();
    expectTypeOf(noShowCharge).returns.toHaveProperty("outcome").toEqualTypeOf<"no-charge" | "fee" | "count-visit">();
    expectTypeOf(noShowCharge).returns.toHaveProperty("freeCancellationUntil").toEqualTypeOf<string>();
    expectTypeOf(noShowCharge).returns.toHaveProperty("noticeHours").toEqualTypeOf<number | null>();
  });

  it("slaTarget", () => {
    expectTypeOf(slaTarget).returns.toHaveProperty("dueBy").toEqualTypeOf<string>();
    expectTypeOf(slaTarget).returns.toHaveProperty("dueDate").toEqualTypeOf<string>();
  });

  it("classifyRequest", () => {
    expectTypeOf(classifyRequest).returns.toHaveProperty("class").toEqualTypeOf<"in-scope" | "excluded" | "project" | "fair-use-review">();
    // @ts-expect-error an unknown category id is a type error
    classifyRequest({ category: "gardening" });
  });

  it("PolicyInputError", () => {
    expectTypeOf<PolicyInputError["code"]>().toEqualTypeOf<"POLICY_INPUT">();
    expectTypeOf<PolicyInputError["name"]>().toEqualTypeOf<"PolicyInputError">();
    expectTypeOf<PolicyInputError>().toExtend<Error>();
  });
});
