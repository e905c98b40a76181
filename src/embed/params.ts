// Reading an embed URL's parameters into a chart element's attributes: only known names, every
// value cleaned to plain text, `src` limited to http(s) or relative URLs. Pure functions, so the
// rules can be tested without a page.

export const CHARTS = ['attack-timeline', 'country-comparison', 'actor-breakdown'] as const;
export type ChartTag = (typeof CHARTS)[number];

/** Attributes every chart element reads. */
const COMMON = [
  'src',
  'format',
  'date-field',
  'country-field',
  'actor-field',
  'type-field',
  'fatalities-field',
  'value-field',
  'timeout',
  'max-rows',
  'measure',
  'measure-label',
  'from',
  'to',
  'countries',
  'actors',
  'event-types',
  'actor-role',
  'include-civilians',
  'top',
  'aliases',
  'heading',
  'description',
  'source',
  'note',
  'accessed',
  'colors',
  'summary',
  'locale',
  'theme',
  'height',
  'renderer',
] as const;

/** Attributes one element adds to the common ones. */
const OWN: Record<ChartTag, readonly string[]> = {
  'attack-timeline': ['interval', 'group-by', 'mark', 'annotations'],
  'country-comparison': ['group-by', 'highlight'],
  'actor-breakdown': ['group-by'],
};

/** Whole numbers only (a row count, seconds, pixels). */
const NUMERIC = new Set(['timeout', 'max-rows', 'top', 'height']);
const BOOLEAN = new Set(['include-civilians']);
/** Long free text (a standfirst, a summary); everything else is short. */
const LONG_TEXT = new Set(['description', 'summary', 'note', 'annotations', 'aliases', 'colors']);
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
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A value as plain text: normalised, without control or bidi characters, trimmed, bounded. */
export function cleanText(value: string, max = MAX_TEXT): string {
  const text = value.normalize('NFC').replace(INVISIBLE, '').replace(/[\t\n\r]+/g, ' ').trim();
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
  const colour = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|hsl)a?\([\d.,%\s/]+\))$/i;
  const kept = Object.entries(parsed as Record<string, unknown>).filter(
    ([, c]) => typeof c === 'string' && colour.test(c.trim()),
  );
  return JSON.stringify(Object.fromEntries(kept.map(([name, c]) => [cleanText(name), (c as string).trim()])));
}

/** Attribute names `chart` accepts from a URL. */
export function allowedAttributes(chart: ChartTag): Set<string> {
  return new Set<string>([...COMMON, ...OWN[chart]]);
}

/** Reads `?chart=…&src=…&heading=…` into the element to draw and its cleaned attributes. */
export function readEmbedParameters(search: string, base: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const attributes = new Map<string, string>();
  const chartName = cleanText(params.get('chart') ?? '').toLowerCase();
  const chart = (CHARTS as readonly string[]).includes(chartName) ? (chartName as ChartTag) : undefined;
  const idText = cleanText(params.get('id') ?? '').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
  const id = idText || `cc-${hash(search)}`;
  if (!chart) return { chart, attributes, id, ignored };

  const allowed = allowedAttributes(chart);
  for (const [rawName, rawValue] of params) {
    const name = rawName.trim().toLowerCase();
    if (PAGE_PARAMETERS.has(name)) continue;
    if (!allowed.has(name)) {
      ignored.push(`${cleanText(rawName, 40)} (not an attribute of <${chart}>)`);
      continue;
    }
    if (attributes.has(name)) {
      ignored.push(`${name} (given twice; the first is used)`);
      continue;
    }
    const value = cleanAttribute(name, rawValue, base);
    if (value === undefined) ignored.push(`${name} (value not allowed)`);
    else attributes.set(name, value);
  }
  return { chart, attributes, id, ignored };
}

/** One attribute's value cleaned for its kind; undefined when it is refused. */
function cleanAttribute(name: string, value: string, base: string): string | undefined {
  if (name === 'src') return safeUrl(value, base);
  if (NUMERIC.has(name)) {
    const text = cleanText(value, 12);
    return /^\d{1,9}$/.test(text) ? text : undefined;
  }
  if (BOOLEAN.has(name)) {
    const text = cleanText(value, 8).toLowerCase();
    if (text === '' || text === 'true' || text === '1' || text === name) return '';
    return undefined;
  }
  if (name === 'colors') return cleanColors(cleanText(value, MAX_LONG_TEXT));
  return cleanText(value, LONG_TEXT.has(name) ? MAX_LONG_TEXT : MAX_TEXT);
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
