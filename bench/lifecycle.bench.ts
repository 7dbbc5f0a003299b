/**
 * Bench: `visitAllowance` folds a membership's events into its visit ledger.
 * The scenario: a Home yearly member from 2020-01-15 with one visit a month
 * (on the 20th) and a three-week suspension (June 1-21) every other year,
 * read on December 31 of the last year, over 1, 10 and 50 years.
 *
 * Reports µs per run and µs per event at each size, and checks that time
 * grows linearly with the number of events: µs/event at 50 years over µs/event
 * at 1 year must stay ≤ 2× (a quadratic fold would give ~50×). The fixed cost
 * of a call (validation, setup) makes µs/event at 1 year the highest, so the
 * ratio is normally below 1. 10→50 years is printed as well. The rule is the
 * built package (`dist/`), as users run it.
 */
import type { VisitAllowanceEvent, VisitAllowanceInput } from "../src/index.js";
import { fmtNum, loadPackage, overRounds, printStats, ROUNDS, runRounds, type SummaryRow } from "./harness.js";

/** The built package, as users run it (see `loadPackage`). */
const { visitAllowance } = await loadPackage();

/** The scenario over `years` years (monthly visits, a suspension every other year). */
export function scenario(years: number): VisitAllowanceInput {
  const events: VisitAllowanceEvent[] = [];
  for (let m = 0; m < years * 12; m++) {
    const year = 2020 + Math.floor(m / 12);
    const month = String((m % 12) + 1).padStart(2, "0");
    events.push({ type: "visit", date: `${year}-${month}-20` });
  }
  for (let year = 2021; year < 2020 + years; year += 2) events.push({ type: "suspended", from: `${year}-06-01`, to: `${year}-06-21` });
  return { plan: "home-yearly", startDate: "2020-01-15", asOf: `${2020 + years - 1}-12-31`, events };
}

/** The 10-year scenario (kept for callers of the earlier bench). */
export function tenYearScenario(): VisitAllowanceInput {
  return scenario(10);
}

const SIZES = [1, 10, 50] as const;

/** Runs the bench and returns its summary rows. */
export async function run(): Promise<SummaryRow[]> {
  const inputs = SIZES.map((years) => ({ years, input: scenario(years) }));
  for (const { years, input } of inputs) {
    const r = visitAllowance(input);
    console.log(
      `lifecycle: ${years} year(s): ${input.events?.length ?? 0} events, ${r.periods.length} periods ` +
        `[available ${r.available}, bank ${r.bank}, used ${r.used}, forfeited ${r.forfeited}]`,
    );
  }
  const rounds = await runRounds(
    "lifecycle",
    inputs.map(({ years, input }) => ({ name: `visitAllowance ${years}y`, make: () => () => visitAllowance(input).available })),
  );
  const stats = inputs.map(({ years, input }) => {
    const s = overRounds(rounds.get(`visitAllowance ${years}y`) ?? []);
    const events = input.events?.length ?? 0;
    return { years, events, s, usPerRun: s.medianMs * 1000, usPerEvent: (s.medianMs * 1000) / events };
  });
  printStats(`lifecycle (tinybench, ${ROUNDS} rounds, one call per sample)`, rounds);
  console.table(stats.map((x) => ({ years: x.years, events: x.events, "µs/run (median)": fmtNum(x.usPerRun, 1), "µs/event": fmtNum(x.usPerEvent, 3) })));

  const [one, ten, fifty] = stats as [(typeof stats)[0], (typeof stats)[0], (typeof stats)[0]];
  const growth = fifty.usPerEvent / one.usPerEvent;
  const growth10 = fifty.usPerEvent / ten.usPerEvent;
  return [
    ...stats.map((x) => ({
      name: `visitAllowance ${x.years}y (${x.events} events)`,
      value: `${fmtNum(x.usPerRun, 1)} µs/run, ${fmtNum(x.usPerEvent, 3)} µs/event`,
      ratio: "",
      target: "",
      met: undefined,
    })),
    {
      name: "visitAllowance linearity (µs/event 50y ÷ 1y)",
      value: `10y→50y: ${growth10.toFixed(2)}×`,
      ratio: `${growth.toFixed(2)}×`,
      target: "≤ 2×",
      met: growth <= 2,
    },
  ];
}
