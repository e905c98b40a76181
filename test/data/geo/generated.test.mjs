// The atlas and the name → code table are what scripts/generate-geo.mjs writes from the packages
// named in it (world-atlas, i18n-iso-countries): nobody edited them by hand, nothing is stale.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from '../../../build-support/import-ts.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

test('src/data/geo/ is what npm run generate:geo writes', () => {
  const out = mkdtempSync(join(tmpdir(), 'geo-'));
  try {
    execFileSync(process.execPath, ['scripts/generate-geo.mjs', '--out', out], { cwd: ROOT });
    for (const file of ['atlas-110m.ts', 'country-codes.ts']) {
      assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(ROOT, 'src/data/geo', file), 'utf8'), file);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the atlas is Natural Earth 1:110m as world-atlas publishes it: the same countries, within the 10,000-step grid', async () => {
  const published = JSON.parse(readFileSync(join(ROOT, 'node_modules/world-atlas/countries-110m.json'), 'utf8'));
  const { ATLAS_110M } = await importTs(join(ROOT, 'src/data/geo/atlas-110m.ts'));
  const ids = (topology) => topology.objects.countries.geometries.map((g) => `${g.id}:${g.properties.name}`);
  assert.deepEqual(ids(ATLAS_110M), ids(published));
  assert.equal(ATLAS_110M.arcs.length, published.arcs.length);
  // Every arc's last point, decoded from both, within a grid step (0.036° by 0.017°).
  const end = (topology, arc) => {
    let x = 0;
    let y = 0;
    for (const [dx, dy] of topology.arcs[arc]) {
      x += dx;
      y += dy;
    }
    const { scale, translate } = topology.transform;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  };
  for (let arc = 0; arc < published.arcs.length; arc++) {
    const [a, b] = [end(published, arc), end(ATLAS_110M, arc)];
    assert.ok(Math.abs(a[0] - b[0]) <= 0.036 && Math.abs(a[1] - b[1]) <= 0.017, `arc ${arc}: ${a} against ${b}`);
  }
});
