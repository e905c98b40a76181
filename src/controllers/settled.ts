import type { ReactiveControllerHost } from 'lit';

/**
 * `settled` over the controllers: resolves with the element's status once every piece of work
 * the latest change started has finished, including work that work started (a loaded file
 * starts a draw). `pending()` names what is under way now; `track()` adds work of its own.
 */
export class Settled<Status> {
  private readonly tracked = new Set<Promise<unknown>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly status: () => Status,
    private readonly pending: () => Promise<unknown>[],
  ) {}

  /** Keeps `wait()` waiting while `work` runs. */
  track<T>(work: Promise<T>): Promise<T> {
    this.tracked.add(work);
    const untrack = () => this.tracked.delete(work);
    work.then(untrack, untrack);
    return work;
  }

  async wait(): Promise<Status> {
    for (;;) {
      await this.host.updateComplete;
      const waits = [...this.pending(), ...this.tracked];
      if (!waits.length) return this.status();
      await Promise.allSettled(waits);
    }
  }
}
