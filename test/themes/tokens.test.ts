import { expect } from '@open-wc/testing';
import { DARK_TOKENS, LIGHT_TOKENS, type ChartTokens } from '../../src/themes/tokens.js';

// WCAG 2 relative luminance and contrast ratio.
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => {
  const v = Math.min(1, Math.max(0, c));
  return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
};
const linearRgb = (hex: string) => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
const luminance = (hex: string) => {
  const [r, g, b] = linearRgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, in linear RGB.
const DEFICIENCIES: Record<string, number[][]> = {
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** CIE L*a*b* (D65) of a colour as seen with a deficiency. */
function lab(hex: string, matrix: number[][]): [number, number, number] {
  const rgb = linearRgb(hex);
  const [r, g, b] = matrix.map((row) => toLinear(toSrgb(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference; about 2.3 is just noticeable, over 10 clearly different. */
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const MIN_DELTA_E = 12;

for (const [name, tokens] of [
  ['light', LIGHT_TOKENS],
  ['dark', DARK_TOKENS],
] as [string, ChartTokens][]) {
  describe(`${name} theme colours`, () => {
    it('give every text colour WCAG AA contrast (4.5:1) on the background', () => {
      for (const colour of [tokens.text, tokens.muted, tokens.accent]) {
        expect(contrast(colour, tokens.background), colour).to.be.at.least(4.5);
      }
    });

    it('give every palette colour and "Other" 3:1 contrast on the background (WCAG 1.4.11)', () => {
      for (const colour of [...tokens.palette, tokens.other]) {
        expect(contrast(colour, tokens.background), colour).to.be.at.least(3);
      }
    });

    for (const [deficiency, matrix] of Object.entries(DEFICIENCIES)) {
      it(`keeps every pair of series colours apart with ${deficiency === 'none' ? 'normal vision' : deficiency}`, () => {
        const colours = [...tokens.palette, tokens.other];
        for (let i = 0; i < colours.length; i++) {
          for (let j = i + 1; j < colours.length; j++) {
            const difference = deltaE(lab(colours[i], matrix), lab(colours[j], matrix));
            expect(difference, `${colours[i]} vs ${colours[j]}`).to.be.at.least(MIN_DELTA_E);
          }
        }
      });
    }
  });
}
