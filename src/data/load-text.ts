import { DataError } from '../errors/data-error.js';
import { fileNameOf } from '../util/file-name.js';

/**
 * Fetches a small file the chart needs besides its rows (a map's `boundaries`) as text, relative
 * to the page. Every failure is a DataError naming the file, as for `src`.
 */
export async function loadText(url: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<string> {
  const name = fileNameOf(url);
  const seconds = Math.round((options.timeoutMs ?? 30_000) / 1000);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal });
    if (!response.ok) throw new DataError('httpStatus', { name, status: response.status, statusText: response.statusText });
    return await response.text();
  } catch (error) {
    if (error instanceof DataError || options.signal?.aborted) throw error;
    if (timeout.aborted) throw new DataError('loadTimeout', { name, seconds });
    const crossOrigin = new URL(url, document.baseURI).origin !== location.origin;
    throw new DataError(crossOrigin ? 'requestBlocked' : 'requestFailed', { name });
  }
}
