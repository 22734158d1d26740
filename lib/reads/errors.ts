// Why the read pool (lib/reads/pool.ts) gave no answer. Pages show these as notices, routes as a 503 or
// 422 naming the budget, never as a server error.

/** The read ran past its budget and was stopped, so that it would not hold a thread for everyone. */
export class ReadStopped extends Error {
  constructor(readonly budgetMs: number) {
    super(
      `This search took longer than ${budgetMs / 1000} s and was stopped. Narrow it: fewer or longer prefix words (de*), fewer OR terms, a date range or another filter.`,
    );
    this.name = 'ReadStopped';
  }
}

/** Too many reads are waiting already: try again in a moment. */
export class ReadsBusy extends Error {
  constructor() {
    super('Watchfloor is answering many searches at once. Try again in a moment.');
    this.name = 'ReadsBusy';
  }
}

// The pool lives on globalThis and may come from another bundle of this module (instrumentation.ts is
// bundled apart from the pages), so its errors are told by name, never by instanceof.
const isNamed = (error: unknown, name: string): error is Error => error instanceof Error && error.name === name;

/** A read stopped at its budget: its budget, else null. */
export function stoppedBudget(error: unknown): number | null {
  return isNamed(error, 'ReadStopped') ? Number((error as ReadStopped).budgetMs) : null;
}

export const isReadsBusy = (error: unknown): boolean => isNamed(error, 'ReadsBusy');

/** For `.catch`: the message of a read the pool stopped or refused, to show in place of its answer; anything else is rethrown. */
export function readRefusal(error: unknown): { refused: string } {
  if (stoppedBudget(error) !== null || isReadsBusy(error)) return { refused: (error as Error).message };
  throw error;
}
