import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readInlineTable } from '../data/inline.js';
import { loadTable } from '../data/load.js';
import { parseTable } from '../data/parse-table.js';
import { checkNotEmpty, checkRowLimit, tableFromObjects, type Table } from '../data/table.js';
import type { RawRow } from '../data/types.js';
import { DataError } from '../errors/data-error.js';
import { abortable } from '../util/abortable.js';

/** What `.data` accepts: rows, a Promise of rows, or (from the attribute) their JSON text. */
export type DataInput = RawRow[] | Promise<RawRow[]> | string;

/** Where the rows come from: the `src` file, `.data`/`data`, or the element's children. */
export type SourceKind = 'src' | 'data' | 'inline';

/** What the controller reads from its element. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly src?: string;
  readonly data?: DataInput;
  readonly timeout: number;
  readonly maxRows: number;
}

export interface DataSourceEvents {
  /** A new reading started (the element shows it is loading). */
  loading(): void;
  /** The latest reading failed. */
  failed(error: unknown): void;
}

type Args = [
  kind: SourceKind,
  src: string | undefined,
  data: DataInput | undefined,
  generation: number,
  timeout: number,
  maxRows: number,
];

/**
 * Reads the element's rows from the source assigned last (`src`, `data`, or its inline
 * children) as a `@lit/task`: a newer source aborts the older request, removing the element
 * aborts it too, and a failure becomes the task's error. The rows are checked: not empty, and no
 * more than `max-rows`.
 */
export class DataSourceController implements ReactiveController {
  /** Which source was assigned last: the most recent assignment wins. */
  kind: SourceKind = 'inline';
  /** 0–100 while a file with a known length arrives. */
  progress?: number;
  /** Its value is undefined after a reading the element's removal stopped. */
  readonly task: Task<Args, Table | undefined>;
  /** Bumped by every assignment (the same URL again reloads) and by a change of inline children. */
  private generation = 0;

  constructor(
    private readonly host: DataSourceHost,
    private readonly events: DataSourceEvents,
  ) {
    host.addController(this);
    this.task = new Task<Args, Table | undefined>(host, {
      args: () => [this.kind, host.src, host.data, this.generation, host.timeout, host.maxRows],
      task: (args, { signal }) => this.read(args, signal),
      onError: (error) => events.failed(error),
    });
  }

  /** Records an assignment of `src` or `data`: the latest non-empty one is read. */
  assigned(property: 'src' | 'data'): void {
    const { src, data } = this.host;
    const given = property === 'src' ? Boolean(src) : data !== undefined && data !== null;
    const other = property === 'src' ? data !== undefined && data !== null : Boolean(src);
    this.kind = given ? property : other ? (property === 'src' ? 'data' : 'src') : 'inline';
    this.generation++;
  }

  /** The children changed: read them again if they are the source. */
  childrenChanged(): void {
    if (this.kind !== 'inline') return;
    this.generation++;
    this.host.requestUpdate();
  }

  /** The rows read, once the latest reading has succeeded. */
  get table(): Table | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  hostConnected(): void {
    // Removed mid-load and added again (React re-parents this way): read again. A table read
    // before the removal is kept, so a move draws again without a new request.
    if (this.interrupted) void this.task.run();
    this.interrupted = false;
  }

  hostDisconnected(): void {
    this.interrupted = this.task.status === TaskStatus.PENDING;
    this.task.abort();
  }

  /** A reading was under way when the element was removed. */
  private interrupted = false;

  // Never @lit/task's `initialState`: a run that ends in it never settles `taskComplete`.
  private async read([kind, src, data, , timeout, maxRows]: Args, signal: AbortSignal): Promise<Table | undefined> {
    if (!this.host.isConnected) return undefined;
    this.progress = undefined;
    this.events.loading();
    try {
      const table = await this.readSource(kind, src, data, timeout, signal);
      if (!table) throw new DataError('noData');
      checkNotEmpty(table);
      checkRowLimit(table, maxRows);
      return table;
    } catch (error) {
      // Removed mid-load: not a failure. Superseded runs are dropped by the task itself.
      if (signal.aborted) return undefined;
      throw error;
    }
  }

  private async readSource(
    kind: SourceKind,
    src: string | undefined,
    data: DataInput | undefined,
    timeout: number,
    signal: AbortSignal,
  ) {
    if (kind === 'src' && src) {
      return loadTable(src, {
        signal,
        timeoutMs: Math.max(1, timeout || 30) * 1000,
        onProgress: (percent) => {
          this.progress = percent;
          this.host.requestUpdate();
        },
      });
    }
    if (kind === 'data' && data !== undefined) {
      const rows = await abortable(Promise.resolve(data), signal);
      return typeof rows === 'string' ? parseTable(rows, 'json') : tableFromObjects(rows);
    }
    return readInlineTable(this.host);
  }
}
