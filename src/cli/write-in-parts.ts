/// <reference types="node" />
import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';
import { DataError } from '../errors/data-error.js';

/** Where the CLI writes: standard output, as the CLI's `io` gives it. */
export interface PartsOutput {
  write(chunk: string): unknown;
}

/**
 * Lets `produce` write text a part at a time to `out` (a file) or to standard output. A file is
 * written beside `out` and renamed to it only when `produce` succeeds, so a failure never leaves
 * half a table under the name asked for. Standard output's backpressure is honoured, so the text
 * is not gathered in memory while a slow reader catches up.
 */
export async function writeInParts<T>(
  out: string | undefined,
  stdout: PartsOutput,
  produce: (write: (text: string) => Promise<void>) => Promise<T>,
): Promise<T> {
  if (!out) {
    return produce(async (text) => {
      const stream = stdout as PartsOutput & Partial<NodeJS.EventEmitter>;
      if (stdout.write(text) === false && typeof stream.once === 'function') await once(stream as NodeJS.EventEmitter, 'drain');
    });
  }
  const part = `${out}.${process.pid}.part`;
  const failed = (error: unknown) => new DataError('writeFailed', { path: out, detail: (error as Error).message });
  let file;
  try {
    file = await open(part, 'w');
  } catch (error) {
    throw failed(error);
  }
  try {
    const result = await produce(async (text) => {
      await file.write(text);
    });
    await file.close();
    await rename(part, out).catch((error: unknown) => {
      throw failed(error);
    });
    return result;
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(part, { force: true });
    throw error;
  }
}
