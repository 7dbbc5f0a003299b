/** What every rule returns besides its own fields. */
export interface Decision {
  /** Clause ids (see `clauses`) that produced this result, in the order used. */
  readonly citations: string[];
  /** Plain-English steps an auditor can follow, in order. */
  readonly explanation: string[];
}

/** Collects citations (deduplicated, in first-use order) and explanation steps. */
export class Trace {
  private readonly cited: string[] = [];
  private readonly steps: string[] = [];

  /** Cites one or more clause ids. */
  cite(...ids: string[]): this;
  cite(): this {
    // `arguments`, not a rest array: nothing is allocated per call (issue 15).
    for (let i = 0; i < arguments.length; i++) this.citeOne(arguments[i] as string);
    return this;
  }

  /** Adds an explanation step, citing `ids` as well. */
  explain(step: string, ...ids: string[]): this;
  explain(step: string): this {
    this.steps.push(step);
    for (let i = 1; i < arguments.length; i++) this.citeOne(arguments[i] as string);
    return this;
  }

  private citeOne(id: string): void {
    const cited = this.cited;
    for (let i = 0; i < cited.length; i++) if (cited[i] === id) return;
    cited.push(id);
  }

  /**
   * Merges the result fields with the collected citations and explanation.
   * The result owns fresh copies: a trace reused afterwards never changes it.
   */
  done<T extends object>(result: T): T & Decision {
    const r = result as T & { citations: string[]; explanation: string[] };
    r.citations = this.cited.slice();
    r.explanation = this.steps.slice();
    return r;
  }
}
