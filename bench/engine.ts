/**
 * The §5 overtime rule as a JavaScript team would write it for
 * json-rules-engine 7.3 (the engine the issue compares against): facts `mode`
 * and `minutes`; one rule per mode fires an `overtime` event whose params
 * carry the included block, the increment and the rate in cents; the caller
 * computes blocks and fee from the event params. No event = no overtime.
 *
 * One engine is built once and reused for every decision, as a host would.
 * The fee arithmetic after the engine is plain integer-cents JavaScript (the
 * cheapest correct choice), so the figure measures the engine itself.
 */
import { Engine, type RuleProperties } from "json-rules-engine";

const overtimeRule = (mode: "remote" | "onsite", blockMinutes: number, rateCents: number): RuleProperties => ({
  name: `${mode}-overtime`,
  conditions: {
    all: [
      { fact: "mode", operator: "equal", value: mode },
      { fact: "minutes", operator: "greaterThan", value: blockMinutes },
    ],
  },
  event: { type: "overtime", params: { blockMinutes, incrementMinutes: 30, rateCents } },
});

const engine = new Engine([overtimeRule("remote", 60, 3500), overtimeRule("onsite", 90, 4500)]);

/** The engine's overtime decision: blocks billed and fee in cents. */
export async function engineOvertime(mode: "remote" | "onsite", minutes: number): Promise<{ blocks: number; cents: number }> {
  const { events } = await engine.run({ mode, minutes });
  const event = events[0];
  if (event === undefined) return { blocks: 0, cents: 0 };
  const p = event.params as { blockMinutes: number; incrementMinutes: number; rateCents: number };
  const blocks = Math.ceil((minutes - p.blockMinutes) / p.incrementMinutes);
  return { blocks, cents: blocks * p.rateCents };
}
