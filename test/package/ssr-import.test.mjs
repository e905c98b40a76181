// Server-side rendering safety: every runtime entry point in package.json's `exports`, imported
// in plain Node by its package name (as Next.js, Nuxt and SvelteKit do on the server), must not
// throw and must not touch `window`, `document` or `customElements`. Each import runs in a fresh
// process with traps on those globals (test/package/import-probe.mjs).
//
// The one exception is Lit's own: Lit's Node build installs its SSR shim registry at
// `globalThis.customElements` (that is how @lit-labs/ssr renders), and our `defineElement`
// then registers the elements in that shim behind its `typeof customElements` guard.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Export keys that Node can import (not JSON, not type-only entries). */
const entries = Object.entries(pkg.exports)
  .filter(([key, target]) => {
    if (key.endsWith('.json')) return false;
    if (typeof target === 'string') return target.endsWith('.js');
    return ['node', 'import', 'default'].some((condition) => condition in target);
  })
  .map(([key]) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/** A file URL made relative to the repository, for messages. */
const local = (url) => url.replace(`file://${ROOT}`, '');
const LIT_SHIM_INSTALLER = /^node_modules\/@lit\/reactive-element\//;
const OUR_GUARD = 'dist/base/define.js';

/** Which elements each per-element entry registers (in Lit's shim registry). */
const REGISTERS = {
  [`${pkg.name}/attack-timeline`]: ['attack-timeline', 'cc-annotation'],
  [`${pkg.name}/country-comparison`]: ['country-comparison'],
  [`${pkg.name}/actor-breakdown`]: ['actor-breakdown'],
  [`${pkg.name}/cli`]: [],
};

test('the entry points list covers the package', () => {
  for (const name of ['', '/attack-timeline', '/country-comparison', '/actor-breakdown', '/cli']) {
    assert.ok(entries.includes(`${pkg.name}${name}`), `${pkg.name}${name} is missing from exports`);
  }
});

for (const specifier of entries) {
  test(`import('${specifier}') in plain Node touches no browser global`, async () => {
    const { stdout } = await run(process.execPath, ['test/package/import-probe.mjs', specifier], { cwd: ROOT });
    const report = JSON.parse(stdout);
    assert.equal(report.error, null, `importing ${specifier} threw: ${report.error}`);
    assert.ok(report.exported.length > 0 || specifier.endsWith('.js'), `${specifier} exports nothing`);
    assert.equal(report.after.window, 'undefined', 'window was defined by the import');
    assert.equal(report.after.document, 'undefined', 'document was defined by the import');
    assert.ok(
      ['undefined', 'lit-ssr-shim'].includes(report.after.customElements),
      `customElements is now ${report.after.customElements}`,
    );

    const ours = report.touches.filter((t) => !local(t.by).startsWith('node_modules/'));
    const outsideGuard = ours.filter((t) => !(local(t.by) === OUR_GUARD && t.name === 'customElements' && t.kind === 'read'));
    assert.deepEqual(
      outsideGuard.map((t) => `${t.kind} of ${t.name} by ${local(t.by)}`),
      [],
      'our code touched a browser global outside defineElement’s guard',
    );
    const writes = report.touches.filter((t) => t.kind === 'write' && !LIT_SHIM_INSTALLER.test(local(t.by)));
    assert.deepEqual(
      writes.map((t) => `${t.name} by ${local(t.by)}`),
      [],
      'a browser global was written',
    );
    // Reads of customElements by the guard find only Lit's shim, never a browser registry.
    if (ours.length) assert.equal(report.after.customElements, 'lit-ssr-shim');
    if (specifier in REGISTERS) assert.deepEqual(report.after.registered, REGISTERS[specifier], 'elements registered');
  });
}
