/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * The bundled font: Noto Sans (SIL Open Font License 1.1), regular and bold, Latin and Latin
 * Extended. The build turns @fontsource/noto-sans's WOFF files into TrueType in
 * dist/cli/fonts/ (resvg reads TrueType and OpenType only), so PNGs look the same on every
 * machine, with system fonts off. Vega measures text with the same font's advance widths, so
 * labels, legends and axes are laid out as a browser with Noto Sans lays them out.
 */

/** The family name the bundled font files declare. */
export const FONT_FAMILY = 'Noto Sans';

/** The bundled font files, by weight; the Latin subset first, then Latin Extended. */
const FILES = {
  regular: ['noto-sans-latin-400-normal.ttf', 'noto-sans-latin-ext-400-normal.ttf'],
  bold: ['noto-sans-latin-700-normal.ttf', 'noto-sans-latin-ext-700-normal.ttf'],
};

/** The folder of the font files: `fonts/` beside the built module (dist/cli/fonts). */
export function fontDirectory(): string {
  return fileURLToPath(new URL('./fonts/', import.meta.url));
}

/** Absolute paths of every bundled font file that exists. */
export function fontFiles(): string[] {
  const dir = fontDirectory();
  return [...FILES.regular, ...FILES.bold].map((name) => dir + name).filter((path) => existsSync(path));
}

/** Advance widths of one TrueType/OpenType face, read from its `cmap`, `hmtx`, `hhea` and `head` tables. */
export class FontMetrics {
  private readonly unitsPerEm: number;
  private readonly advances: Uint16Array;
  private readonly glyphOf: (codePoint: number) => number;

  constructor(data: Uint8Array) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const tables = new Map<string, number>();
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const entry = 12 + i * 16;
      const tag = String.fromCharCode(data[entry], data[entry + 1], data[entry + 2], data[entry + 3]);
      tables.set(tag, view.getUint32(entry + 8));
    }
    const table = (tag: string): number => {
      const offset = tables.get(tag);
      if (offset === undefined) throw new Error(`The font has no ${tag} table.`);
      return offset;
    };
    this.unitsPerEm = view.getUint16(table('head') + 18);
    const metricCount = view.getUint16(table('hhea') + 34);
    const hmtx = table('hmtx');
    this.advances = new Uint16Array(metricCount);
    for (let g = 0; g < metricCount; g++) this.advances[g] = view.getUint16(hmtx + g * 4);
    this.glyphOf = cmapLookup(view, table('cmap'));
  }

  /** Whether the face has a glyph for this character. */
  has(codePoint: number): boolean {
    return this.glyphOf(codePoint) !== 0;
  }

  /** Advance width of a character in em (the `.notdef` glyph's for a missing one). */
  advance(codePoint: number): number {
    const glyph = this.glyphOf(codePoint);
    const index = Math.min(glyph, this.advances.length - 1);
    return this.advances[index] / this.unitsPerEm;
  }
}

/** A character → glyph lookup from the best Unicode subtable (format 12, else format 4). */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if (format === 12 && format12 < 0) format12 = offset;
    if (format === 4 && format4 < 0) format4 = offset;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    return (c) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const group = format12 + 16 + mid * 12;
        const start = view.getUint32(group);
        const end = view.getUint32(group + 4);
        if (c < start) hi = mid - 1;
        else if (c > end) lo = mid + 1;
        else return view.getUint32(group + 8) + (c - start);
      }
      return 0;
    };
  }
  if (format4 >= 0) {
    const segments = view.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    return (c) => {
      if (c > 0xffff) return 0;
      for (let s = 0; s < segments; s++) {
        if (c > view.getUint16(ends + s * 2)) continue;
        const start = view.getUint16(starts + s * 2);
        if (c < start) return 0;
        const delta = view.getInt16(deltas + s * 2);
        const rangeAt = ranges + s * 2;
        const range = view.getUint16(rangeAt);
        if (range === 0) return (c + delta) & 0xffff;
        const glyph = view.getUint16(rangeAt + range + (c - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  return () => 0;
}

/**
 * Spaces Noto Sans lacks, measured (and, in PNGs, drawn) as the nearest one it has: the narrow
 * no-break space French puts in "1 000" as a thin space; figure and punctuation spaces as a
 * digit and a full stop.
 */
export const SPACE_SUBSTITUTES: ReadonlyMap<number, number> = new Map([
  [0x202f, 0x2009],
  [0x2007, 0x30],
  [0x2008, 0x2e],
]);

/** Measures text in the bundled font, falling back to Vega's own estimate without it. */
export class TextMeasure {
  private readonly faces: { regular: FontMetrics[]; bold: FontMetrics[] };
  private readonly cache = new Map<string, number>();

  constructor(faces: { regular: FontMetrics[]; bold: FontMetrics[] }) {
    this.faces = faces;
  }

  /** Loads the bundled faces; `null` when the font files are missing. */
  static load(): TextMeasure | null {
    const dir = fontDirectory();
    const read = (names: string[]) =>
      names.filter((name) => existsSync(dir + name)).map((name) => new FontMetrics(readFileSync(dir + name)));
    const regular = read(FILES.regular);
    if (!regular.length) return null;
    const bold = read(FILES.bold);
    return new TextMeasure({ regular, bold: bold.length ? bold : regular });
  }

  /** Width in pixels of `text` at `size` pixels, bold for weights of 600 and more. */
  width(text: string, size: number, bold = false): number {
    if (!text || !(size > 0)) return 0;
    const key = `${bold ? 'b' : 'r'}${text}`;
    let ems = this.cache.get(key);
    if (ems === undefined) {
      const faces = bold ? this.faces.bold : this.faces.regular;
      ems = 0;
      for (const char of text) {
        let code = char.codePointAt(0)!;
        let face = faces.find((f) => f.has(code));
        if (!face && SPACE_SUBSTITUTES.has(code)) {
          code = SPACE_SUBSTITUTES.get(code)!;
          face = faces.find((f) => f.has(code));
        }
        // A character no face has: about the width of an average letter.
        ems += face ? face.advance(code) : 0.6;
      }
      if (this.cache.size > 20000) this.cache.clear();
      this.cache.set(key, ems);
    }
    return ems * size;
  }
}

/** Whether a CSS font weight (a number or a keyword) is drawn bold. */
export function isBold(weight: unknown): boolean {
  if (typeof weight === 'number') return weight >= 600;
  if (typeof weight !== 'string') return false;
  const w = weight.trim().toLowerCase();
  return w === 'bold' || w === 'bolder' || Number(w) >= 600;
}
