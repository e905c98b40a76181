// Every package the repository imports is declared in package.json: none may arrive only as
// another package's dependency (an upgrade of that package would silently remove it).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['src', 'test', 'bench', 'scripts', 'build-support', 'stories', '.storybook', 'examples', 'bin'];
const SOURCE = /\.(ts|tsx|mjs|js|cjs|vue|svelte)$/;
const SKIP = new Set(['node_modules', 'dist', 'out', 'fixtures']);

function* files(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (!SKIP.has(name)) yield* files(path);
    } else if (SOURCE.test(name)) yield path;
  }
}

/** Bare specifiers of static imports, re-exports, dynamic imports with a literal, and require(). */
function specifiers(text) {
  const found = [];
  const patterns = [
    /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]);
  return found.filter((s) => !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('data:') && !s.includes('${'));
}

const packageOf = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

test('every imported package is declared in package.json', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const declared = new Set([
    pkg.name,
    ...Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies }),
  ]);
  const builtins = new Set(builtinModules);
  const undeclared = [];
  for (const folder of FOLDERS) {
    for (const file of files(join(ROOT, folder))) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        const name = packageOf(specifier);
        if (specifier.startsWith('node:') || builtins.has(name) || declared.has(name)) continue;
        undeclared.push(`${name} (${relative(ROOT, file)})`);
      }
    }
  }
  assert.deepEqual(undeclared, []);
});
