// `npm run generate`: writes the files derived from the options table and the chart registry.
// `--check` writes nothing and fails when a file differs from what the table makes (npm test).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attributeClass, readmeTables, replaceBetween, typingsInputs } from '../build-support/options-codegen.mjs';
import { importTs } from '../build-support/import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const options = await importTs(`${root}src/options/index.ts`);
const { ATTRIBUTES, ATTRIBUTE_DOCS, CHARTS, sharedAttributes } = options;

const readme = readFileSync(`${root}README.md`, 'utf8');
const tables = readmeTables(ATTRIBUTES, ATTRIBUTE_DOCS, CHARTS, sharedAttributes);
const outputs = {
  'src/base/chart-attributes.ts': attributeClass(ATTRIBUTES, ATTRIBUTE_DOCS, sharedAttributes),
  'types/attributes.d.ts': typingsInputs(ATTRIBUTES, CHARTS, sharedAttributes),
  'README.md': tables.reduce((text, body, i) => replaceBetween(text, `attributes-${i}`, body), readme),
};

const check = process.argv.includes('--check');
const stale = [];
for (const [file, text] of Object.entries(outputs)) {
  let current = '';
  try {
    current = readFileSync(`${root}${file}`, 'utf8');
  } catch {
    // A missing file is stale.
  }
  if (current === text) continue;
  stale.push(file);
  if (!check) writeFileSync(`${root}${file}`, text);
}
if (check && stale.length) {
  console.error(`Out of date with src/options (run npm run generate): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(check ? 'generated files are up to date' : stale.length ? `wrote ${stale.join(', ')}` : 'nothing to write');
