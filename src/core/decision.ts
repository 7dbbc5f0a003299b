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
  cite(...ids: string[]): this {
    for (const id of ids) this.citeOne(id);
    return this;
  }

  /** Adds an explanation step, citing `ids` as well. */
  explain(step: string, ...ids: string[]): this {
    this.steps.push(step);
    for (const id of ids) this.citeOne(id);
    return this;
  }

  private citeOne(id: string): void {
    if (!this.cited.includes(id)) this.cited.push(id);
  }

  /**
   * Merges the result fields with the collected citations and explanation.
   * The result owns fresh copies: a trace reused afterwards never changes it.
   */
  done<T extends object>(result: T): T & Decision {
    return Object.assign(result, { citations: this.cited.slice(), explanation: this.steps.slice() });
  }
}
