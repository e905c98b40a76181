import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** The CLI's font: Noto Sans (OFL), the faces that cover English and French. */
const CLI_FONTS = ['latin-400', 'latin-ext-400', 'latin-700', 'latin-ext-700'].map((face) => `noto-sans-${face}-normal`);
const FONTSOURCE = new URL('./node_modules/@fontsource/noto-sans/', import.meta.url);

/** A WOFF 1.0 file back to the TrueType/OpenType file it wraps (resvg reads only those). */
function woffToSfnt(woff) {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const count = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compressed);
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw });
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
function cliFonts() {
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

/** Fails the CLI build if browser-only code (lit, the elements, fetch/DOM loaders) gets into it. */
function nodeOnly() {
  const browserOnly = /[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit|vega-embed)[\\/]|src[\\/](base[\\/]chart-element|base[\\/]tooltip|base[\\/]vega-loader|components[\\/]|data[\\/]load|data[\\/]inline|a11y[\\/]data-table))/;
  return {
    name: 'node-only',
    load(id) {
      if (browserOnly.test(id)) throw new Error(`The CLI must not import browser code: ${id}`);
      return null;
    },
  };
}

/**
 * Subresource Integrity for the CDN snippet, computed from the files as written: dist/sri.json
 * gets the sha384 of dist/conflict-charts.js (and of its chunks), and every CDN snippet in the
 * docs (`conflict-charts@<version>/dist/conflict-charts.js" integrity="sha384-…"`) is brought
 * up to date with package.json's version and that hash.
 */
const DOCS_WITH_CDN_SNIPPETS = ['README.md'];
const CDN_SNIPPET = /conflict-charts@[0-9A-Za-z.+-]+\/dist\/conflict-charts\.js"(\s+)integrity="sha384-[A-Za-z0-9+/=]*"/g;
function subresourceIntegrity() {
  return {
    name: 'subresource-integrity',
    writeBundle(options, bundle) {
      const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(`${options.dir}/${file}`)).digest('base64')}`;
      const chunks = Object.keys(bundle).filter((file) => file.endsWith('.js')).sort();
      const integrity = sri('conflict-charts.js');
      const url = `https://cdn.jsdelivr.net/npm/conflict-charts@${pkg.version}/dist/conflict-charts.js`;
      const record = {
        version: pkg.version,
        file: 'dist/conflict-charts.js',
        url,
        integrity,
        snippet: `<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>`,
        chunks: Object.fromEntries(chunks.map((file) => [`dist/${file}`, sri(file)])),
      };
      writeFileSync(`${options.dir}/sri.json`, `${JSON.stringify(record, null, 2)}\n`);
      for (const doc of DOCS_WITH_CDN_SNIPPETS) {
        const path = new URL(doc, import.meta.url);
        if (!existsSync(path)) continue;
        const text = readFileSync(path, 'utf8');
        const updated = text.replace(
          CDN_SNIPPET,
          (_match, space) => `conflict-charts@${pkg.version}/dist/conflict-charts.js"${space}integrity="${integrity}"`,
        );
        if (updated !== text) writeFileSync(path, updated);
      }
    },
  };
}

/** Copies the embed page's HTML and CSS next to its script. */
function embedPage() {
  return {
    name: 'embed-page',
    generateBundle() {
      for (const file of ['embed.html', 'embed.css']) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(new URL(`src/embed/${file}`, import.meta.url)) });
      }
    },
  };
}

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { declaration: false, sourceMap: true, types: [], importHelpers: false },
  });

/**
 * Splits the CMS build in three: the entry (what a page loads up front: the elements, reading
 * files, and every module those import statically), the counting and drawing code (loaded by an
 * element about to draw, with the vega chunk) in one chunk rather than a trickle of small ones,
 * and vega. Without this, rollup pulls shared helpers into whichever chunk it meets first.
 */
function cmsChunks() {
  let loadedUpFront;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!loadedUpFront) {
      const entry = [...getModuleIds()].find((module) => getModuleInfo(module)?.isEntry);
      loadedUpFront = new Set();
      const visit = (module) => {
        if (loadedUpFront.has(module)) return;
        loadedUpFront.add(module);
        getModuleInfo(module)?.importedIds.forEach(visit);
      };
      visit(entry);
    }
    if (loadedUpFront.has(id)) return 'conflict-charts';
    if (/\/src\/(base\/pipeline|core\/|specs\/|a11y\/|themes\/|data\/)/.test(id)) return 'drawing';
  };
}

const VEGA_LEAN = fileURLToPath(new URL('./build-support/vega-lean.js', import.meta.url));
const VEGA_VERSION = JSON.parse(readFileSync(new URL('./node_modules/vega/package.json', import.meta.url), 'utf8')).version;

/** `import 'vega'` (from vega-embed) → build-support/vega-lean.js: Vega without unused transforms. */
function leanVega() {
  return {
    name: 'lean-vega',
    resolveId(source, importer) {
      if (source === 'vega' && importer !== VEGA_LEAN) return VEGA_LEAN;
      return null;
    },
    transform(code, id) {
      // Same line, same start columns: the file's own mappings still hold.
      if (id === VEGA_LEAN) return { code: code.replaceAll('__VEGA_VERSION__', JSON.stringify(VEGA_VERSION)), map: null };
      return null;
    },
  };
}

export default [
  // For apps that install the package: one module per source file, dependencies left as
  // bare imports so the app's bundler shares lit and vega with the rest of the app and
  // importing one element pulls in nothing of the other two.
  {
    input: {
      index: 'src/index.ts',
      'attack-timeline': 'src/attack-timeline.ts',
      'country-comparison': 'src/country-comparison.ts',
      'actor-breakdown': 'src/actor-breakdown.ts',
    },
    external: isDependency,
    plugins: [ts()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
  },
  // For CMS pages: one file with no bare imports. Vega is a separate chunk loaded on first
  // draw; rollup resolves it against this file's own URL (import.meta.url semantics).
  {
    input: { 'conflict-charts': 'src/conflict-charts.ts' },
    plugins: [leanVega(), nodeResolve({ browser: true }), ts(), terser({ format: { comments: false } }), subresourceIntegrity()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'conflict-charts-[name]-[hash].js',
      manualChunks: cmsChunks(),
    },
    onwarn(warning, warn) {
      // vega's d3 dependencies have circular imports; they are harmless.
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  },
  // dist/embed.html for CMSes that allow only iframes: the page, its stylesheet and its script.
  // The script only reads URL parameters and posts heights; the page loads conflict-charts.js
  // (the elements) from beside it.
  {
    input: { embed: 'src/embed/embed.ts' },
    plugins: [ts(), terser({ format: { comments: false } }), embedPage()],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
  },
  // The Node API and CLI (`conflict-charts render|aggregate`): the same readers, counting and
  // spec builders, drawn by Vega's headless renderer. Dependencies stay bare imports.
  {
    input: { index: 'src/cli/index.ts', main: 'src/cli/main.ts' },
    external: (id) => id.startsWith('node:') || !(id.startsWith('.') || id.startsWith('\0') || isAbsolute(id)),
    plugins: [nodeOnly(), ts(), cliFonts()],
    output: {
      dir: 'dist/cli',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
    },
  },
];
