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
    for (const id of ids) if (!this.cited.includes(id)) this.cited.push(id);
    return this;
  }

  /** Adds an explanation step, citing `ids` as well. */
  explain(step: string, ...ids: string[]): this {
    this.steps.push(step);
    return this.cite(...ids);
  }

  /** Merges the result fields with the collected citations and explanation. */
  done<T extends object>(result: T): T & Decision {
    return { ...result, citations: [...this.cited], explanation: [...this.steps] };
  }
}
