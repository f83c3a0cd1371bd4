// Writes of this client under way, by object name, for writes that depend on one another
// without terraform knowing: a dataset whose parent is named literally is created beside that
// parent, and deleted beside it.

/** Waits for every one of `pending` to end, whatever its outcome. */
export const settle = (pending: readonly Promise<unknown>[]): Promise<unknown[]> => Promise.all(pending.map((work) => work.catch(() => undefined)));

export class WritesUnderWay {
  private readonly byName = new Map<string, Promise<unknown>>();
  private readonly began = new Set<() => void>();

  /** Records `work` under `name` until it ends. */
  async track<T>(name: string, work: Promise<T>): Promise<T> {
    this.byName.set(name, work);
    for (const wake of [...this.began]) wake();
    try {
      return await work;
    } finally {
      if (this.byName.get(name) === work) this.byName.delete(name);
    }
  }

  /** The writes under way whose name `related` accepts. */
  matching(related: (name: string) => boolean): Promise<unknown>[] {
    return [...this.byName].filter(([name]) => related(name)).map(([, work]) => work);
  }

  /**
   * The writes under way whose name `related` accepts; when there are none yet, the first to
   * begin while `waitOn()` holds (checked every `pollMs`): none when it stops holding first.
   * Terraform runs at most `-parallelism` operations at once, so a related write it has not
   * started yet begins once another ends.
   */
  async matchingSoon(related: (name: string) => boolean, waitOn: () => boolean, pollMs = 100): Promise<Promise<unknown>[]> {
    const now = this.matching(related);
    if (now.length > 0 || !waitOn()) return now;
    return new Promise((resolve) => {
      const finish = (found: Promise<unknown>[]) => {
        clearInterval(timer);
        this.began.delete(check);
        resolve(found);
      };
      const check = () => {
        const found = this.matching(related);
        if (found.length > 0) finish(found);
        else if (!waitOn()) finish([]);
      };
      const timer = setInterval(check, pollMs);
      this.began.add(check);
    });
  }
}
