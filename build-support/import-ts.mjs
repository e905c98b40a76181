// Imports a TypeScript module of src/ from a Node script (Node 20 cannot run TypeScript): esbuild
// bundles it with what it imports, in memory, and the result is imported from a data: URL.
import { build } from 'esbuild';

/** The module at `file` (a path), with its imports bundled in. */
export async function importTs(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
