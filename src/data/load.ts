import { DataError } from '../errors/data-error.js';
import { DelimitedStream } from './csv-stream.js';
import { shareNormalization } from './shared-readings.js';
import { delimiterFor, layoutOf, parseTable, type TableKind } from './parse-table.js';
import { kindOf, type Table } from './table.js';
import { yieldToPage } from './yield.js';

export type { Table } from './table.js';

export interface LoadOptions {
  /** Stops waiting (the request itself stops when no other caller waits for the same file). */
  signal?: AbortSignal;
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
  /** Called with 0–100 as the file is read and parsed, when the server sends its length. */
  onProgress?: (percent: number) => void;
}

/** Parsing stops for other work at least this often (milliseconds), so no task runs long. */
const SLICE_MS = 8;

/** The file name a reader recognises in messages. */
function fileName(url: string): string {
  try {
    const { pathname } = new URL(url, document.baseURI);
    return decodeURIComponent(pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

function absoluteUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** An error while the body was arriving (not a parse error). */
class BodyError extends Error {}

/**
 * Reads a response body as a table. CSV and TSV are parsed as the body arrives, a slice at a
 * time between which the page stays responsive; JSON (and anything parseTable rejects) is
 * read whole first.
 */
async function readTable(response: Response, kind: TableKind, onProgress: (percent: number) => void): Promise<Table> {
  if (!response.body) return parseTable(await response.text(), kind);
  const total = Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let head = '';
  let layout: 'delimited' | 'whole' | undefined;
  let stream: DelimitedStream | undefined;
  const parts: string[] = [];
  let received = 0;
  let sliceStart = performance.now();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new BodyError(String(error));
    }
    if (chunk.done) break;
    received += chunk.value.byteLength;
    const text = decoder.decode(chunk.value, { stream: true });
    if (layout === undefined) {
      head += text;
      layout = layoutOf(head, kind);
      if (layout === 'delimited') {
        stream = new DelimitedStream(delimiterFor(kind));
        stream.push(head);
      } else if (layout === 'whole') {
        parts.push(head);
      }
    } else if (stream) {
      stream.push(text);
    } else {
      parts.push(text);
    }
    if (stream) {
      while (!stream.parse(sliceStart + SLICE_MS)) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    if (total) onProgress(Math.min(100, Math.round((received / total) * 100)));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  const rest = decoder.decode();
  if (stream) {
    stream.push(rest);
    while (!stream.parse(sliceStart + SLICE_MS)) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    return stream.finish();
  }
  return parseTable(layout === undefined ? head + rest : parts.join('') + rest, kind);
}

/** One request and one parse of a file, shared by every caller that asks for it meanwhile. */
class SharedLoad {
  readonly controller = new AbortController();
  readonly table: Promise<Table>;
  /** Callers still waiting. */
  waiting = 0;
  settled = false;
  percent?: number;
  readonly progressListeners = new Set<(percent: number) => void>();

  constructor(url: string, name: string, onSettled: () => void) {
    this.table = this.load(url, name).then((table) => {
      // Every chart of this file reads the rows with its options once, not once per chart.
      shareNormalization(table.rows);
      return table;
    });
    this.table.then(
      () => ((this.settled = true), onSettled()),
      () => ((this.settled = true), onSettled()),
    );
  }

  private async load(url: string, name: string): Promise<Table> {
    const signal = this.controller.signal;
    let response: Response;
    try {
      response = await fetch(url, { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      const crossOrigin = new URL(url, document.baseURI).origin !== location.origin;
      throw new DataError(crossOrigin ? 'requestBlocked' : 'requestFailed', { name });
    }
    if (!response.ok) {
      throw new DataError('httpStatus', { name, status: response.status, statusText: response.statusText });
    }
    try {
      return await readTable(response, kindOf(url, response.headers.get('content-type')), (percent) => {
        this.percent = percent;
        for (const listener of this.progressListeners) listener(percent);
      });
    } catch (error) {
      if (signal.aborted) throw error;
      if (error instanceof BodyError) throw new DataError('loadInterrupted', { name });
      if (error instanceof DataError) throw new DataError('inFile', { name }, { cause: error });
      throw error;
    }
  }
}

/** Loads in flight, by absolute URL. */
const inFlight = new Map<string, SharedLoad>();

/**
 * Fetches `url` (relative to the page) and reads it as CSV, TSV or JSON, chosen by the
 * response's content type, then the extension, then the content. CSV and TSV are parsed as
 * they arrive, in slices, so a big file never blocks the page for long. Every failure is a
 * DataError whose message says what went wrong in words a reader understands.
 *
 * Callers asking for the same URL while it loads (several charts of one file on a page) share
 * one request and one parse, and get the same Table: treat it as read-only. Each has its own
 * `signal`, `timeoutMs` and `onProgress`; the request stops only when every caller has
 * stopped waiting. Once loaded, a file is fetched again on the next call.
 */
export function loadTable(url: string, options: LoadOptions = {}): Promise<Table> {
  const name = fileName(url);
  const key = absoluteUrl(url);
  const { signal, timeoutMs, onProgress } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  let load = inFlight.get(key);
  if (!load) {
    const created: SharedLoad = new SharedLoad(url, name, () => {
      if (inFlight.get(key) === created) inFlight.delete(key);
    });
    inFlight.set(key, (load = created));
  }
  const shared = load;
  shared.waiting++;
  return new Promise<Table>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (onProgress) shared.progressListeners.delete(onProgress);
      shared.waiting--;
    };
    /** Stops waiting before the file is read; the last to leave stops the request. */
    const leave = (error: unknown) => {
      if (done) return;
      stop();
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (inFlight.get(key) === shared) inFlight.delete(key);
      }
      reject(error);
    };
    const onAbort = () => leave(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs) {
      timer = setTimeout(() => {
        const seconds = Math.round(timeoutMs / 1000);
        leave(new DataError('loadTimeout', { name, seconds }));
      }, timeoutMs);
    }
    if (onProgress) {
      shared.progressListeners.add(onProgress);
      if (shared.percent !== undefined) onProgress(shared.percent);
    }
    shared.table.then(
      (table) => {
        if (done) return;
        stop();
        resolve(table);
      },
      (error) => {
        if (done) return;
        stop();
        reject(error);
      },
    );
  });
}
