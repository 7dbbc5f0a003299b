/**
 * Bench: fold 10 years of monthly events for one member through
 * `visitAllowance` (one visit a month, plus a short suspension every other
 * year), N times, and print the time per run. Run by `npm run bench`.
 */
import { visitAllowance, type VisitAllowanceEvent, type VisitAllowanceInput } from "../src/index.js";

/** The 10-year scenario: a Home yearly member from 2020-01-15, read on 2029-12-31. */
export function tenYearScenario(): VisitAllowanceInput {
  const events: VisitAllowanceEvent[] = [];
  for (let m = 0; m < 120; m++) {
    const year = 2020 + Math.floor(m / 12);
    const month = String((m % 12) + 1).padStart(2, "0");
    events.push({ type: "visit", date: `${year}-${month}-20` });
  }
  for (let year = 2021; year < 2030; year += 2) events.push({ type: "suspended", from: `${year}-06-01`, to: `${year}-06-21` });
  return { plan: "home-yearly", startDate: "2020-01-15", asOf: "2029-12-31", events };
}

/** Runs the bench and prints ms per run. */
export function run(runs = 500): void {
  const input = tenYearScenario();
  const first = visitAllowance(input);
  for (let i = 0; i < 20; i++) visitAllowance(input); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) visitAllowance(input);
  const ms = (performance.now() - t0) / runs;
  console.log(
    `lifecycle: visitAllowance, 10 years of monthly events (${input.events?.length ?? 0} events, ${first.periods.length} periods): ` +
      `${ms.toFixed(3)} ms per run over ${runs} runs` +
      ` [available ${first.available}, bank ${first.bank}, used ${first.used}, forfeited ${first.forfeited}]`,
  );
}
