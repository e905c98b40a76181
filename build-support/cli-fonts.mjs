// The CLI's bundled font: Noto Sans (OFL) as TrueType files in dist/cli/fonts/, converted from
// the WOFF files @fontsource/noto-sans ships (resvg reads only TrueType/OpenType).
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The CLI's font: Noto Sans (OFL), the faces that cover English and French. */
const CLI_FONTS = ['latin-400', 'latin-ext-400', 'latin-700', 'latin-ext-700'].map((face) => `noto-sans-${face}-normal`);
const FONTSOURCE = new URL('../node_modules/@fontsource/noto-sans/', import.meta.url);

/** A WOFF 1.0 file back to the TrueType/OpenType file it wraps (resvg reads only those). */
function woffToSfnt(woff) {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const count = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compressed);
    tables.push({
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    });
  }
  const header = Buffer.alloc(12 + count * 16);
  const power = 2 ** Math.floor(Math.log2(count));
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** Writes the CLI's fonts (as TrueType) and their licence into dist/cli/fonts/. */
export function cliFonts() {
  return {
    name: 'cli-fonts',
    generateBundle() {
      for (const name of CLI_FONTS) {
        const woff = readFileSync(new URL(`files/${name}.woff`, FONTSOURCE));
        this.emitFile({ type: 'asset', fileName: `fonts/${name}.ttf`, source: woffToSfnt(woff) });
      }
      this.emitFile({ type: 'asset', fileName: 'fonts/OFL.txt', source: readFileSync(new URL('LICENSE', FONTSOURCE)) });
    },
  };
}
