// Reading an embed URL's parameters into a chart element's attributes: only the names of the
// options table, every value cleaned to plain text for its kind, `src` limited to http(s) or
// relative URLs. Pure functions, so the rules can be tested without a page.
import { ATTRIBUTES, attributesOf, type AttributeSpec } from '../options/attributes.js';
import { CHART_TAGS, type ChartTag as StrictChartTag } from '../options/values.js';

export type ChartTag = StrictChartTag;
/** The elements the embed page draws: every chart of the registry. */
export const CHARTS: readonly ChartTag[] = CHART_TAGS;

const MAX_URL = 2048;
const MAX_TEXT = 300;
const MAX_LONG_TEXT = 4000;

/** Parameters the embed page itself reads (not chart attributes). */
const PAGE_PARAMETERS = new Set(['chart', 'id']);

export interface EmbedRequest {
  /** The element to draw; undefined when `chart` is missing or unknown. */
  chart?: ChartTag;
  /** Attribute name → cleaned value ('' for a boolean attribute that is on). */
  attributes: Map<string, string>;
  /** Name the height messages carry (Datawrapper's chart id); `[A-Za-z0-9_-]` only. */
  id: string;
  /** Parameters left out, with why, for the console. */
  ignored: string[];
}

/** Control characters, bidirectional overrides and other invisible format characters. */
// eslint-disable-next-line no-control-regex -- it matches control characters in order to remove them
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A value as plain text: normalised, without control or bidi characters, trimmed, bounded. */
export function cleanText(value: string, max = MAX_TEXT): string {
  const text = value
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\t\n\r]+/g, ' ')
    .trim();
  // Cut on a code point, never inside a surrogate pair.
  return Array.from(text).slice(0, max).join('');
}

/**
 * `value` as an absolute http(s) URL when it is one, or a relative URL (resolved against `base`,
 * as the element would resolve it); undefined for any other scheme, or a URL with credentials.
 */
export function safeUrl(value: string, base: string): string | undefined {
  const text = cleanText(value, MAX_URL);
  if (!text) return undefined;
  // A scheme hidden by spaces ("java script:") is still a scheme: refuse all but http(s).
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text.replace(/\s/g, ''));
  if (scheme && !/^https?$/i.test(scheme[1])) return undefined;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

/** A JSON object of names to CSS colours, rebuilt from the entries that are plainly colours. */
function cleanColors(value: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const cssColor = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|hsl)a?\([\d.,%\s/]+\))$/i;
  const kept = Object.entries(parsed as Record<string, unknown>).filter(
    ([, c]) => typeof c === 'string' && cssColor.test(c.trim()),
  );
  return JSON.stringify(Object.fromEntries(kept.map(([name, c]) => [cleanText(name), (c as string).trim()])));
}

/** The attributes `chart` accepts from a URL: every one of its table's but `data`. */
function embeddable(chart: ChartTag, table: readonly AttributeSpec[]): AttributeSpec[] {
  return attributesOf(chart, table).filter((spec) => spec.embed !== false);
}

/** Attribute names `chart` accepts from a URL. */
export function allowedAttributes(chart: ChartTag, table: readonly AttributeSpec[] = ATTRIBUTES): Set<string> {
  return new Set(embeddable(chart, table).map((spec) => spec.attribute));
}

/** Reads `?chart=…&src=…&heading=…` into the element to draw and its cleaned attributes. */
export function readEmbedParameters(search: string, base: string, table: readonly AttributeSpec[] = ATTRIBUTES): EmbedRequest {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const attributes = new Map<string, string>();
  const chartName = cleanText(params.get('chart') ?? '').toLowerCase();
  const chart = (CHARTS as readonly string[]).includes(chartName) ? (chartName as ChartTag) : undefined;
  const idText = cleanText(params.get('id') ?? '')
    .replace(/[^A-Za-z0-9_-]/g, '')
    .slice(0, 64);
  const id = idText || `cc-${hash(search)}`;
  if (!chart) return { chart, attributes, id, ignored };

  const allowed = new Map(embeddable(chart, table).map((spec) => [spec.attribute, spec]));
  for (const [rawName, rawValue] of params) {
    const name = rawName.trim().toLowerCase();
    if (PAGE_PARAMETERS.has(name)) continue;
    const spec = allowed.get(name);
    if (!spec) {
      ignored.push(`${cleanText(rawName, 40)} (not an attribute of <${chart}>)`);
      continue;
    }
    if (attributes.has(name)) {
      ignored.push(`${name} (given twice; the first is used)`);
      continue;
    }
    const value = cleanAttribute(spec, rawValue, base);
    if (value === undefined) ignored.push(`${name} (value not allowed)`);
    else attributes.set(name, value);
  }
  return { chart, attributes, id, ignored };
}

/** One attribute's value cleaned for its kind; undefined when it is refused. */
function cleanAttribute(spec: AttributeSpec, value: string, base: string): string | undefined {
  switch (spec.kind) {
    case 'url':
      return safeUrl(value, base);
    case 'number': {
      // Whole numbers only (a row count, seconds, pixels).
      const text = cleanText(value, 12);
      return /^\d{1,9}$/.test(text) ? text : undefined;
    }
    case 'boolean': {
      const text = cleanText(value, 8).toLowerCase();
      return text === '' || text === 'true' || text === '1' || text === spec.attribute ? '' : undefined;
    }
    case 'json':
      return spec.attribute === 'colors' ? cleanColors(cleanText(value, MAX_LONG_TEXT)) : cleanText(value, MAX_LONG_TEXT);
    case 'long-text':
      return cleanText(value, MAX_LONG_TEXT);
    default:
      return cleanText(value, MAX_TEXT);
  }
}

/** A short, stable name for a query string (FNV-1a, base 36). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
