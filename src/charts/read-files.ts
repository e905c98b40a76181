import { loadText } from '../data/load-text.js';
import type { ResolvedOptions } from '../options/resolve.js';
import { abortable } from '../util/abortable.js';
import type { ChartDefinition } from './definition.js';

/**
 * The options with the files the chart needs besides its rows read into them (a map's
 * `boundaries`), fetched once per URL into `files` (the element's), so a redraw reads none
 * again; a failed read is forgotten, to be tried again on the next run.
 */
export async function withFiles(
  definition: ChartDefinition<never>,
  options: ResolvedOptions,
  files: Map<string, Promise<string>>,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<ResolvedOptions> {
  if (!definition.readFiles) return options;
  return definition.readFiles(options, (url) => {
    let file = files.get(url);
    if (!file) {
      file = loadText(url, { timeoutMs });
      files.set(url, file);
      file.catch(() => files.delete(url));
    }
    return abortable(file, signal);
  });
}
