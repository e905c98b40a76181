import * as vega from 'vega';
import { isBold, TextMeasure } from './fonts.js';

/*
 * Without a canvas, Vega estimates every text as 0.8 × font size per character, which makes
 * axes and legends far wider than a browser draws them. Vega lets a program supply its own
 * `textMetrics.width`; this one measures with the bundled font's advance widths.
 *
 * Vega calls it for two things: the bounds of a text item (laying out axes and legends),
 * where a browser measures the text as drawn, truncated to the item's `limit`; and, while
 * writing the SVG, the pieces its own truncation tries, which must be measured as they are.
 * `withRawWidths` marks the second phase.
 */

/** vega-scenegraph's text measurer, which Vega re-exports (its typings leave it out). */
const textMetrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics;

type TextItem = { fontSize?: number | string; fontWeight?: number | string; limit?: number; ellipsis?: string; dir?: string };

let measure: TextMeasure | null | undefined;
let raw = false;

function fontSize(item: TextItem): number {
  return item.fontSize != null ? +item.fontSize || 0 : 11;
}

function measured(item: TextItem, text: string): number {
  return measure!.width(text, fontSize(item), isBold(item.fontWeight));
}

/** Vega's own truncation (vega-scenegraph `truncate`), with the bundled font's widths. */
function truncate(item: TextItem, text: string): string {
  let limit = +item.limit!;
  if (measured(item, text) < limit) return text;
  const ellipsis = item.ellipsis || '\u2026';
  limit -= measured(item, ellipsis);
  let lo = 0;
  let hi = text.length;
  if (item.dir === 'rtl') {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (measured(item, text.slice(mid)) > limit) lo = mid + 1;
      else hi = mid;
    }
    return ellipsis + text.slice(lo);
  }
  while (lo < hi) {
    const mid = 1 + ((lo + hi) >>> 1);
    if (measured(item, text.slice(0, mid)) < limit) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo) + ellipsis;
}

function width(item: TextItem, line: unknown): number {
  if (fontSize(item) <= 0) return 0;
  if (raw) return measured(item, line == null ? '' : String(line));
  const text = line == null ? '' : String(line).trim();
  if (!text) return 0;
  return measured(item, item.limit! > 0 ? truncate(item, text) : text);
}

/** Makes Vega measure text with the bundled font (once); false when the font files are missing. */
export function useBundledFontMetrics(): boolean {
  if (measure === undefined) {
    measure = TextMeasure.load();
    if (measure) textMetrics.width = width;
  }
  return measure !== null;
}

/** Runs `write` (Vega writing its SVG) with texts measured as given, not truncated. */
export async function withRawWidths<T>(write: () => Promise<T>): Promise<T> {
  raw = true;
  try {
    return await write();
  } finally {
    raw = false;
  }
}

/** The bundled font's measure, for the heading and source lines (null without the font). */
export function bundledMeasure(): TextMeasure | null {
  useBundledFontMetrics();
  return measure ?? null;
}
