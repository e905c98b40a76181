// The src/ modules a Node test checks directly, bundled from TypeScript by esbuild into one
// temporary ES module (the built package holds only its entry points' bundles).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** `export * from` each module, as one namespace. */
export async function sourceModules(...paths) {
  const dir = mkdtempSync(join(tmpdir(), 'cc-src-'));
  const outfile = join(dir, 'modules.mjs');
  try {
    await build({
      stdin: {
        contents: paths.map((path) => `export * from ${JSON.stringify(path)};`).join('\n'),
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
