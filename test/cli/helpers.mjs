// Shared by the CLI tests: paths, running the built command, reading its output.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${ROOT}bin/conflict-charts.mjs`;
export const NIGERIA = `${ROOT}data/ucdp_ged_nigeria_2017-2019.csv`;
export const CEP = `${ROOT}data/jnim_claims_cep_2025.csv`;
export const SAMPLE = `${ROOT}data/ucdp_ged231_sample_westafrica_2017-2022.csv`;

/** Runs `conflict-charts …`; resolves with its exit code and output (stdout as a Buffer). */
export function cli(args, { input } = {}) {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { encoding: 'buffer', maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (error.code ?? 1) : 0, stdout, text: stdout.toString('utf8'), stderr: stderr.toString('utf8') });
      },
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

/** The `d` of every bar Vega drew (`<path>` in a `g.mark-rect`), as numbers. */
export function bars(svg) {
  const found = [];
  for (const group of svg.matchAll(/<g class="mark-rect[^"]*"[^>]*>(.*?)<\/g>/gs)) {
    for (const path of group[1].matchAll(/<path\b[^>]*\sd="M([-\d.e]+),([-\d.e]+)h([-\d.e]+)v([-\d.e]+)/g)) {
      const [x, y, width, height] = path.slice(1, 5).map(Number);
      found.push({ x, y, width, height });
    }
  }
  return found;
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buffer.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (buffer.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Whether every tag opened in `xml` is closed in order (a tag balance check, not a full parser). */
export function balanced(xml) {
  const stack = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-zA-Z][\w:.-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}
