// The steps every WordPress test file starts with, on a site of its own: WordPress installed,
// one user per role, the plugin uploaded through the upload form, the data in the Media Library.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { stopAll } from '../../scripts/system/processes.mjs';
import { requirePackages, startWordPress } from './site.mjs';
import { installWordPress, logIn, restOk, uploadAndActivatePlugin, uploadMedia } from './wp-client.mjs';
import { ADMIN, logInEveryRole } from './writers.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const ZIP = `${ROOT}dist/conflict-charts-wordpress.zip`;
const CSV = readFileSync(`${ROOT}data/jnim_claims_cep_2025.csv`, 'utf8');
const BOUNDARIES = readFileSync(`${ROOT}data/natural-earth-admin1-ng-ml-ne.topojson`, 'utf8');

/** A fresh WordPress and a browser: `{ site, browser }`. */
export async function openSite() {
  assert.ok(readFileSync(ZIP).length > 0, 'dist/conflict-charts-wordpress.zip is missing: run npm run build first');
  requirePackages();
  const site = await startWordPress();
  try {
    const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
    return { site, browser };
  } catch (error) {
    await site.stop();
    throw error;
  }
}

/** Stops the browser and every server, whatever happened. */
export async function closeSite(opened) {
  await opened?.browser?.close().catch(() => {});
  await opened?.site?.stop();
  await stopAll();
}

/** Installs WordPress and creates the writers; returns every role's session. It must be 6.1. */
export async function installWithWriters({ site, browser }) {
  await installWordPress(site.origin, ADMIN);
  const admin = await logIn(browser, site.origin, ADMIN);
  const version = await admin.page.$eval('#footer-upgrade', (el) => el.textContent.trim());
  assert.match(version, /^Version 6\.1\.\d+$/, `not WordPress 6.1: ${version}`);
  return logInEveryRole(browser, site.origin, admin);
}

/** Uploads the zip as the administrator through Plugins → Add New → Upload Plugin and activates it. */
export async function installPlugin(sessions) {
  await uploadAndActivatePlugin(sessions.administrator, ZIP);
  const plugins = await restOk(sessions.administrator, '/wp/v2/plugins');
  const ours = plugins.find((plugin) => plugin.plugin === 'conflict-charts/conflict-charts');
  assert.equal(ours?.status, 'active', `plugin list: ${JSON.stringify(plugins.map((p) => [p.plugin, p.status]))}`);
}

/**
 * The author uploads the July claims as CSV, JSON and TSV (which file information reads as plain
 * text, and WordPress alone refuses); a contributor's upload is refused. Returns the addresses.
 */
export async function uploadData({ site }, sessions) {
  const csv = await uploadMedia(sessions.author, { name: 'jnim_claims_cep_2025.csv', type: 'text/csv', text: CSV });
  assert.equal(csv.status, 201, `CSV upload: ${JSON.stringify(csv.body).slice(0, 300)}`);
  const rows = `\n  ${JSON.stringify(csvParse(CSV), null, 2)}\n`;
  const json = await uploadMedia(sessions.author, { name: 'jnim_claims_cep_2025.json', type: 'application/json', text: rows });
  assert.equal(json.status, 201, `JSON upload: ${JSON.stringify(json.body).slice(0, 300)}`);
  const tsv = await uploadMedia(sessions.author, {
    name: 'jnim_claims_cep_2025.tsv',
    type: 'text/tab-separated-values',
    text: CSV.replaceAll(',', '\t'),
  });
  assert.equal(tsv.status, 201, `TSV upload: ${JSON.stringify(tsv.body).slice(0, 300)}`);
  // A map's own boundaries: Natural Earth's regions of Nigeria, Mali and Niger, as a desk uploads its file.
  const topo = await uploadMedia(sessions.author, { name: 'admin1.topojson', type: 'application/json', text: BOUNDARIES });
  assert.equal(topo.status, 201, `TopoJSON upload: ${JSON.stringify(topo.body).slice(0, 300)}`);
  const refused = await uploadMedia(sessions.contributor, { name: 'claims.csv', type: 'text/csv', text: CSV });
  assert.equal(refused.status, 403, `a contributor's upload answered ${refused.status}`);
  return {
    csvUrl: csv.body.source_url,
    jsonUrl: json.body.source_url,
    boundariesUrl: topo.body.source_url,
    embedPage: `${site.origin}/wp-content/plugins/conflict-charts/dist/embed.html`,
  };
}
