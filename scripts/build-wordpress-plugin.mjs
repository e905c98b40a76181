// `npm run build:wordpress` (part of `npm run build`): the WordPress plugin as an installable zip,
// dist/conflict-charts-wordpress.zip. It holds wordpress/conflict-charts/, the library's CMS files
// from dist/ (conflict-charts.js, its chunks, whatever their hashed names, and the embed page),
// and what is generated from the library: the options table as PHP and the compiled translations.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { importTs } from '../build-support/import-ts.mjs';
import { annotationAttributes, optionsPhp, pluginOptions } from '../build-support/wordpress/plugin-options.mjs';
import { compileTranslations, scriptTranslationFile, templateFrom } from '../build-support/wordpress/translations.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLUGIN = join(ROOT, 'wordpress/conflict-charts');
const DIST = join(ROOT, 'dist');
const SLUG = 'conflict-charts';
export const ZIP = join(DIST, 'conflict-charts-wordpress.zip');
/** Fixed file times, so the same sources make the same zip. */
const MTIME = new Date('2025-01-01T00:00:00Z');

/** The library's files a page needs: the CMS bundle, its lazily loaded chunks, the stylesheet that keeps a chart's place, and the embed page. */
export function libraryFiles(dist = DIST) {
  const names = readdirSync(dist).filter(
    (name) =>
      /^conflict-charts(-[\w-]+)?\.js$/.test(name) ||
      ['conflict-charts.css', 'embed.html', 'embed.js', 'embed.css'].includes(name),
  );
  for (const needed of ['conflict-charts.js', 'conflict-charts.css', 'embed.html', 'embed.js', 'embed.css']) {
    if (!names.includes(needed)) throw new Error(`dist/${needed} is missing: run npm run build first`);
  }
  return names.sort();
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The generated files, plugin path → content. */
async function generatedFiles() {
  const { ATTRIBUTES, ATTRIBUTE_DOCS, CHARTS } = await importTs(join(ROOT, 'src/options/index.ts'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const options = pluginOptions({
    attributes: ATTRIBUTES,
    docs: ATTRIBUTE_DOCS,
    charts: CHARTS,
    annotation: annotationAttributes(manifest),
  });
  const files = { 'includes/generated-options.php': optionsPhp(options) };
  const scripts = readdirSync(join(PLUGIN, 'blocks/chart')).filter((name) => name.endsWith('.js'));
  for (const name of readdirSync(join(PLUGIN, 'languages')).filter((n) => n.endsWith('.po'))) {
    const text = readFileSync(join(PLUGIN, 'languages', name), 'utf8');
    const compiled = compileTranslations(text);
    files[`languages/${name.replace(/\.po$/, '.mo')}`] = compiled.mo;
    for (const script of scripts) {
      files[`languages/${scriptTranslationFile(SLUG, compiled.locale, `blocks/chart/${script}`)}`] = compiled.json();
    }
    files[`languages/${SLUG}.pot`] ??= templateFrom(text);
  }
  return files;
}

/** The plugin's header and readme.txt say the package's version. */
function checkVersion() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const header = readFileSync(join(PLUGIN, 'conflict-charts.php'), 'utf8');
  const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
  const found = [
    ['conflict-charts.php Version', /^ \* Version:\s*(\S+)/m.exec(header)?.[1]],
    ['conflict-charts.php CONFLICT_CHARTS_VERSION', /'CONFLICT_CHARTS_VERSION', '([^']+)'/.exec(header)?.[1]],
    ['readme.txt Stable tag', /^Stable tag:\s*(\S+)/m.exec(readme)?.[1]],
  ];
  const wrong = found.filter(([, value]) => value !== version);
  if (wrong.length)
    throw new Error(`plugin version is not ${version} in: ${wrong.map(([where, v]) => `${where} (${v})`).join(', ')}`);
}

export async function buildPlugin() {
  checkVersion();
  const entries = {};
  const add = (path, data) =>
    (entries[`${SLUG}/${path}`] = [typeof data === 'string' ? Buffer.from(data) : data, { mtime: MTIME }]);
  for (const file of filesUnder(PLUGIN).sort()) add(relative(PLUGIN, file), readFileSync(file));
  for (const [path, data] of Object.entries(await generatedFiles())) add(path, data);
  for (const name of libraryFiles()) add(`dist/${name}`, readFileSync(join(DIST, name)));
  add('LICENSE', readFileSync(join(ROOT, 'LICENSE')));
  const zip = zipSync(Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))), { level: 9 });
  writeFileSync(ZIP, zip);
  return { files: Object.keys(entries).length, bytes: zip.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(DIST, 'conflict-charts.js'))) {
    console.error('dist/ has no build: run npm run build first');
    process.exit(1);
  }
  const { files, bytes } = await buildPlugin();
  console.log(`wrote ${relative(ROOT, ZIP)}: ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
}
