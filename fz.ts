import { plainInput } from "./src/core/plain.js";
const inputs = Array.from({ length: 600 }, (_, i) => ({ mode: i % 2 ? "remote" : "onsite", minutes: i % 300 } as const));
function bench(name: string, f: (x: any) => unknown) {
  let best = 1e9;
  for (let r = 0; r < 7; r++) { const t = performance.now(); for (let k = 0; k < 300; k++) for (const x of inputs) f(x); best = Math.min(best, (performance.now() - t) * 1e6 / (300 * inputs.length)); }
  console.log(name, best.toFixed(1), "ns");
}
bench("plainInput", (x) => plainInput(x, "r"));
function polluted(): boolean { for (const _ in Object.prototype) return true; return false; }
bench("polluted", () => polluted());
bench("keys", (x) => Object.keys(x));
