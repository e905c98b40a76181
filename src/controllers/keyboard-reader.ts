import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface KeyboardReaderOptions<Row> {
  /** The rows the keys move through, in order. */
  rows(): readonly Row[];
  /** Whether the chart is drawn (only a drawn chart is read). */
  ready(): boolean;
  /** One row in words ("July 2025: 54"). */
  describe(row: Row): string;
  /** Says a row out loud (a live region). */
  announce(text: string): void;
  /** Enter or Space on a row. */
  select(row: Row): void;
}

const MOVES: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Reads a drawn chart with the keyboard: the arrow keys move from value to value and say each
 * one, Home and End jump to the first and last, Enter or Space selects. Starts before the first
 * value whenever the chart is drawn again.
 */
export class KeyboardReader<Row> implements ReactiveController {
  private active = -1;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: KeyboardReaderOptions<Row>,
  ) {
    host.addController(this);
  }

  /** Back to before the first value (the chart was drawn with other rows). */
  reset(): void {
    this.active = -1;
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** The chart's keydown listener. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const rows = this.options.rows();
    const count = rows.length;
    if (!count || !this.options.ready()) return;
    if (event.key in MOVES) {
      this.active = (this.active + MOVES[event.key] + count) % count;
    } else if (event.key === 'Home') {
      this.active = 0;
    } else if (event.key === 'End') {
      this.active = count - 1;
    } else if ((event.key === 'Enter' || event.key === ' ') && this.active >= 0) {
      event.preventDefault();
      this.options.select(rows[this.active]);
      return;
    } else {
      return;
    }
    event.preventDefault();
    this.options.announce(this.options.describe(rows[this.active]));
  };
}
