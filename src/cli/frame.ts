import type { ChartTokens } from '../themes/tokens.js';
import type { TextMeasure } from './fonts.js';

/*
 * The figure around Vega's SVG, as the element lays it out: heading (bold, 18 px) and
 * standfirst above the chart; note and source line (12.8 px, muted) below. Every text is
 * escaped here; Vega escapes its own.
 */

/** Text blocks of the figure; empty ones are left out. */
export interface FigureText {
  heading?: string;
  description?: string;
  note?: string;
  source?: string;
  /** The SVG's accessible name (the heading, else the measure). */
  title: string;
  /** The SVG's accessible description (the chart in words). */
  summary: string;
  /** The HTML `lang` of the texts. */
  lang: string;
}

/** Left inset of the texts, in line with Vega's own padding. */
const INSET = 4;
const TOP = 8;
const BOTTOM = 8;
/** Font metrics of Noto Sans (hhea ascender and descender, in em). */
const ASCENT = 1.069;
const DESCENT = 0.293;

const HEADING = { size: 18, lineHeight: 1.3, bold: true, after: 4 };
const DESCRIPTION = { size: 15.2, lineHeight: 1.4, bold: false, after: 8 };
const CAPTION = { size: 12.8, lineHeight: 1.4, bold: false, after: 2 };

/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates, U+FFFE/FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- it matches control characters in order to remove them
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Vega's SVG with the characters XML cannot hold removed (data can carry them). */
export function cleanXml(svg: string): string {
  return svg.replace(NOT_XML, '');
}

/** Splits text into lines no wider than `width`, at spaces (inside a word only when it must). */
export function wrap(text: string, width: number, size: number, bold: boolean, measure: TextMeasure | null): string[] {
  const widthOf = (t: string) => (measure ? measure.width(t, size, bold) : t.length * size * 0.55);
  const lines: string[] = [];
  for (const paragraph of text.replace(NOT_XML, '').split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      // A word wider than the line is cut where it must be.
      while (widthOf(line) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && widthOf(line.slice(0, cut)) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

interface Block {
  lines: string[];
  style: typeof HEADING;
  color: string;
}

function blockHeight(block: Block): number {
  return block.lines.length * block.style.size * block.style.lineHeight + block.style.after;
}

function drawBlock(block: Block, top: number, tokens: ChartTokens, x = INSET): string {
  const { size, lineHeight, bold } = block.style;
  const step = size * lineHeight;
  // CSS puts the baseline half the leading plus the ascent below the top of the line box.
  const baseline = (step - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
  const lines = block.lines
    .map((line, i) => `<tspan x="${x}" y="${round(top + i * step + baseline)}">${escapeXml(line)}</tspan>`)
    .join('');
  const family = escapeXml(tokens.fontFamily);
  const weight = bold ? ' font-weight="700"' : '';
  return `<text font-family="${family}" font-size="${size}"${weight} fill="${escapeXml(block.color)}">${lines}</text>`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The width and height Vega wrote on its root `<svg>`. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  return { width, height };
}

/**
 * One SVG: the texts and, between them, Vega's chart (nested as its own `<svg>`), on the
 * theme's background. `chart` is Vega's SVG, or null to draw `emptyMessage` in its place.
 */
export function composeFigure(
  chart: string | null,
  width: number,
  text: FigureText,
  tokens: ChartTokens,
  measure: TextMeasure | null,
  emptyMessage: string,
): { svg: string; width: number; height: number } {
  const room = Math.max(40, width - 2 * INSET);
  const block = (value: string | undefined, style: typeof HEADING, color: string): Block | null =>
    value && value.trim() ? { lines: wrap(value, room, style.size, style.bold, measure), style, color } : null;
  const above = [block(text.heading, HEADING, tokens.text), block(text.description, DESCRIPTION, tokens.muted)].filter(
    (b): b is Block => b !== null,
  );
  const below = [block(text.note, CAPTION, tokens.muted), block(text.source, CAPTION, tokens.muted)].filter(
    (b): b is Block => b !== null,
  );

  let y = TOP;
  const parts: string[] = [];
  for (const b of above) {
    parts.push(drawBlock(b, y, tokens));
    y += blockHeight(b);
  }
  const chartTop = y;
  let chartHeight: number;
  if (chart) {
    const size = svgSize(chart);
    chartHeight = size.height;
    parts.push(cleanXml(chart).replace(/^<svg\b/, `<svg x="0" y="${round(chartTop)}"`));
  } else {
    chartHeight = 96;
    const message: Block = {
      lines: wrap(emptyMessage, room - 16, CAPTION.size, false, measure),
      style: CAPTION,
      color: tokens.muted,
    };
    parts.push(
      `<rect x="${INSET}" y="${round(chartTop)}" width="${width - 2 * INSET}" height="${chartHeight}" fill="none" stroke="${escapeXml(tokens.muted)}" stroke-dasharray="4 3"/>`,
      drawBlock(
        message,
        chartTop + (chartHeight - message.lines.length * CAPTION.size * CAPTION.lineHeight) / 2,
        tokens,
        INSET + 12,
      ),
    );
  }
  y = chartTop + chartHeight + (below.length ? 4 : 0);
  for (const b of below) {
    parts.push(drawBlock(b, y, tokens));
    y += blockHeight(b);
  }
  const height = Math.ceil(y + BOTTOM);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" lang="${escapeXml(text.lang)}" ` +
    `aria-labelledby="cc-title" aria-describedby="cc-desc">` +
    `<title id="cc-title">${escapeXml(text.title)}</title><desc id="cc-desc">${escapeXml(text.summary)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(tokens.background)}"/>` +
    parts.join('') +
    `</svg>\n`;
  return { svg, width, height };
}
