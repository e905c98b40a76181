import type { ChartTokens } from '../themes/tokens.js';

/** The words every exported image carries with the chart: its heading and its credit line. */
export interface ImageFrame {
  heading?: string;
  source?: string;
  tokens: ChartTokens;
}

const PAD = 12;
const HEADING_SIZE = 16;
const SOURCE_SIZE = 11;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function bands(frame: ImageFrame) {
  const top = frame.heading ? PAD + HEADING_SIZE + PAD / 2 : PAD / 2;
  const bottom = frame.source ? PAD / 2 + SOURCE_SIZE + PAD : PAD / 2;
  return { top, bottom };
}

/**
 * The chart's SVG (from `view.toSVG()`) inside a larger SVG with the heading above and the
 * source below, so an image shared on its own still says what it shows and whose data it is.
 */
export function framedSvg(chartSvg: string, frame: ImageFrame): string {
  const width = Number(/<svg[^>]*?\swidth="([\d.]+)"/.exec(chartSvg)?.[1] ?? 600);
  const height = Number(/<svg[^>]*?\sheight="([\d.]+)"/.exec(chartSvg)?.[1] ?? 300);
  const { top, bottom } = bands(frame);
  const { tokens } = frame;
  const font = escapeXml(tokens.fontFamily);
  const total = Math.ceil(height + top + bottom);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(tokens.background)}"/>`,
    frame.heading
      ? `<text x="${PAD}" y="${PAD + HEADING_SIZE - 3}" font-family="${font}" font-size="${HEADING_SIZE}" font-weight="bold" fill="${escapeXml(tokens.text)}">${escapeXml(frame.heading)}</text>`
      : '',
    `<g transform="translate(0,${top})">${chartSvg.replace(/^<\?xml[^>]*>/, '')}</g>`,
    frame.source
      ? `<text x="${PAD}" y="${total - PAD}" font-family="${font}" font-size="${SOURCE_SIZE}" fill="${escapeXml(tokens.muted)}">${escapeXml(frame.source)}</text>`
      : '',
    '</svg>',
  ].join('');
}

/** The chart's canvas (from `view.toCanvas(scale)`) framed the same way, as a PNG. */
export function framedPng(chart: HTMLCanvasElement, frame: ImageFrame, scale: number): Promise<Blob> {
  const { top, bottom } = bands(frame);
  const canvas = document.createElement('canvas');
  canvas.width = chart.width;
  canvas.height = Math.ceil(chart.height + (top + bottom) * scale);
  const context = canvas.getContext('2d')!;
  const { tokens } = frame;
  context.fillStyle = tokens.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'alphabetic';
  if (frame.heading) {
    context.font = `bold ${HEADING_SIZE * scale}px ${tokens.fontFamily}`;
    context.fillStyle = tokens.text;
    context.fillText(frame.heading, PAD * scale, (PAD + HEADING_SIZE - 3) * scale);
  }
  context.drawImage(chart, 0, Math.round(top * scale));
  if (frame.source) {
    context.font = `${SOURCE_SIZE * scale}px ${tokens.fontFamily}`;
    context.fillStyle = tokens.muted;
    context.fillText(frame.source, PAD * scale, canvas.height - PAD * scale);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
  );
}
