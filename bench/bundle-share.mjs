// Bytes of a built file by the npm package its code came from, read from its source map
// (every generated character belongs to the source of the mapping before it).
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment's base64 VLQ fields. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** `{package: bytes}` for a file and its `.map`, with the total. */
export function bytesByPackage(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const counts = {};
  let source = 0;
  let lastOwner = '(unmapped)';
  let lastOffset = 0;
  let offset = 0;
  const packageOf = (path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? '(own code)';
  const owners = map.sources.map(packageOf);
  const credit = (owner, bytes) => (counts[owner] = (counts[owner] ?? 0) + bytes);
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      const at = offset + column;
      credit(lastOwner, at - lastOffset);
      lastOffset = at;
      if (fields.length > 1) {
        source += fields[1];
        lastOwner = owners[source];
      }
    }
    offset += (lines[index]?.length ?? 0) + 1;
  });
  credit(lastOwner, code.length - lastOffset);
  return { total: code.length, counts };
}
