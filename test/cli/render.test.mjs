// What the renderer writes: an SVG with one bar per value, the heading above and the source line
// below (escaped), and a PNG of the size asked for.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { renderChart } from '../../dist/cli/index.js';
import { balanced, bars, CEP, cli, NIGERIA, pngSize, ROOT, SAMPLE } from './helpers.mjs';

const BOUNDARIES = `${ROOT}data/natural-earth-admin1-ng-ml-ne.topojson`;

const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = '<script>alert(1)</script> & "quotes" \u0007';

describe('SVG output', () => {
  it('writes one bar per period, with the heading above and the source line below', async () => {
    const out = join(dir, 'timeline.svg');
    const run = await cli([
      'render',
      'attack-timeline',
      '--src',
      NIGERIA,
      '--interval',
      'year',
      '--heading',
      'Lethal events in Nigeria',
      '--out',
      out,
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.text, '', 'nothing on standard output with --out');
    const svg = readFileSync(out, 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.equal(bars(svg).length, 3);
    const heading = svg.indexOf('>Lethal events in Nigeria<');
    const chart = svg.indexOf('class="marks"');
    const source = svg.indexOf('>Data: UCDP GED (CC BY 4.0)<');
    assert.ok(heading > 0 && chart > heading && source > chart, 'heading, chart, source in that order');
    assert.match(svg, /<title id="cc-title">Lethal events in Nigeria<\/title>/);
    assert.match(svg, /<desc id="cc-desc">UCDP lethal events per year, 2017 to 2019/);
  });

  it('draws a bar per country and group, with the chart as tall as the bars need', async () => {
    const { svg, chartData } = await renderChart('country-comparison', {
      src: CEP,
      dateField: 'month',
      valueField: 'claimed_attacks',
      from: '2025-07',
      to: '2025-07',
    });
    assert.equal(bars(svg).length, chartData.length);
    const stacked = await renderChart('attack-timeline', { src: NIGERIA, interval: 'year', groupBy: 'event-type' });
    assert.equal(bars(stacked.svg).length, 9);
  });

  it('escapes the heading, description, note and source, and keeps out what XML cannot hold', async () => {
    const { svg } = await renderChart('attack-timeline', {
      src: NIGERIA,
      interval: 'year',
      heading: HOSTILE,
      description: HOSTILE,
      note: HOSTILE,
      source: HOSTILE,
    });
    assert.ok(!svg.includes('<script'), 'no script element');
    assert.ok(!svg.includes('\u0007'));
    assert.equal(
      svg.split('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;').length - 1,
      5,
      'title and four texts',
    );
    assert.ok(balanced(svg), 'every element opened is closed');
  });

  it('widens to --width, and --height sets the chart height as the attribute does', async () => {
    const { svg, width, height } = await renderChart(
      'attack-timeline',
      { src: NIGERIA, interval: 'year' },
      { width: 480, height: 200 },
    );
    assert.equal(width, 480);
    assert.match(svg, /^<svg[^>]* width="480" height="(\d+)"/);
    assert.match(svg, /class="marks" width="480" height="200"/);
    assert.ok(height > 200);
  });

  it('draws the empty message when nothing matches, as the element does', async () => {
    const { svg, chartData } = await renderChart('attack-timeline', { src: NIGERIA, interval: 'year', countries: 'Atlantis' });
    assert.ok(chartData.every((row) => row.value === 0));
    assert.ok(!svg.includes('class="marks"'));
    assert.match(svg, />No events match these filters.</);
  });

  it('adds the access date to the default credit line, and draws annotations', async () => {
    const { svg, summary } = await renderChart('attack-timeline', {
      src: NIGERIA,
      accessed: '2025-07-15',
      annotations: [
        { date: '2019-02-23', label: 'Election <day>' },
        { from: '2018-02', to: '2018-04', label: 'Span' },
      ],
    });
    assert.match(svg, />Data: UCDP GED \(CC BY 4.0\), accessed 15 July 2025</);
    assert.match(svg, />Election &lt;day&gt;</);
    // The notes end the chart's own words; what the data dates only approximately follows.
    assert.match(summary, /Marked on the chart: Election <day> \(23 February 2019\); Span \(1 February 2018\)\. In the data, /);
  });

  it('follows --locale and --theme', async () => {
    const run = await cli(['render', 'actor-breakdown', '--src', NIGERIA, '--locale', 'fr', '--theme', 'dark', '--top', '3']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.text, /lang="fr"/);
    assert.match(run.text, />Données : UCDP GED \(CC BY 4.0\)</);
    assert.match(run.text, /fill="#14181d"/);
    assert.match(run.text, />Autres</);
  });
});

describe('PNG output', () => {
  it('is a PNG of the requested width (chosen by the --out name)', async () => {
    const out = join(dir, 'chart.png');
    const run = await cli([
      'render',
      'country-comparison',
      '--src',
      CEP,
      '--date-field',
      'month',
      '--value-field',
      'claimed_attacks',
      '--width',
      '500',
      '-o',
      out,
    ]);
    assert.equal(run.code, 0, run.stderr);
    const png = readFileSync(out);
    const { width, height } = pngSize(png);
    assert.equal(width, 500);
    assert.ok(height > 100 && height < 400, `height ${height}`);
  });

  it('scales with --scale and matches the SVG size', async () => {
    const result = await renderChart(
      'attack-timeline',
      { src: NIGERIA, interval: 'year', heading: 'Nigeria' },
      { format: 'png', width: 320, scale: 2 },
    );
    assert.deepEqual(pngSize(result.png), { width: 640, height: result.height * 2 });
  });

  it('draws text with the bundled font: the heading area is not blank', async () => {
    const plain = await renderChart('attack-timeline', { src: NIGERIA, interval: 'year' }, { format: 'png', width: 300 });
    const titled = await renderChart(
      'attack-timeline',
      { src: NIGERIA, interval: 'year', heading: 'WWWWWWWW' },
      { format: 'png', width: 300 },
    );
    assert.ok(pngSize(titled.png).height > pngSize(plain.png).height);
    assert.ok(titled.png.length > plain.png.length);
  });

  it('writes PNG bytes to standard output when redirected', async () => {
    const run = await cli([
      'render',
      'attack-timeline',
      '--src',
      NIGERIA,
      '--interval',
      'year',
      '--format',
      'png',
      '--width',
      '256',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(pngSize(run.stdout).width, 256);
  });
});

describe('customizing the spec', () => {
  it('--spec-patch merges JSON into the Vega-Lite spec before drawing', async () => {
    const plain = await cli(['render', 'country-comparison', '--src', NIGERIA]);
    const patched = await cli([
      'render',
      'country-comparison',
      '--src',
      NIGERIA,
      '--spec-patch',
      '{"config": {"axis": {"labelFontSize": 20}}}',
    ]);
    assert.equal(patched.code, 0, patched.stderr);
    assert.doesNotMatch(plain.text, /font-size="20px"/);
    assert.match(patched.text, /font-size="20px"/);
    assert.equal(bars(patched.text).length, bars(plain.text).length);
  });

  it('--spec-patch refuses a key that would load data, naming it', async () => {
    const run = await cli(['render', 'country-comparison', '--src', NIGERIA, '--spec-patch', '{"data": {"url": "x.csv"}}']);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /spec-patch may not load data or links: remove "data\.url"/);
    assert.equal(run.text, '');
  });

  it("renderChart's customizeSpec gets the spec and returns the one drawn", async () => {
    const { svg, spec } = await renderChart('attack-timeline', {
      src: NIGERIA,
      interval: 'year',
      customizeSpec: (given) => ({
        ...given,
        layer: [
          ...given.layer,
          { data: { values: [{}] }, mark: { type: 'rule', color: '#ff0000' }, encoding: { y: { datum: 400 } } },
        ],
      }),
    });
    assert.equal((svg.match(/stroke="#ff0000"/g) ?? []).length, 1);
    assert.equal(spec.layer.length, 2);
    assert.equal(bars(svg).length, 3);
  });
});

describe('a map', () => {
  it('writes a dot per place as SVG, and a PNG of it, saying which events have no place', async () => {
    const svgOut = join(dir, 'map.svg');
    const run = await cli(['render', 'conflict-map', '--src', NIGERIA, '--from', '2019', '--to', '2019', '--out', svgOut]);
    assert.equal(run.code, 0, run.stderr);
    const svg = readFileSync(svgOut, 'utf8');
    const dots = svg.match(/<g class="mark-symbol role-mark marks"[^>]*>(.*?)<\/g>/s)?.[1].match(/<path /g) ?? [];
    // 266 places in 2019, counted in Python from the file's latitude, longitude and where_prec < 6.
    assert.equal(dots.length, 266);
    assert.match(svg, /Natural Earth/);
    assert.match(run.stderr, /2 rows skipped: 2 location known only to the country/);
    const pngOut = join(dir, 'map.png');
    const png = await cli([
      'render',
      'conflict-map',
      '--src',
      CEP,
      '--mark',
      'countries',
      '--date-field',
      'month',
      '--value-field',
      'claimed_attacks',
      '--out',
      pngOut,
    ]);
    assert.equal(png.code, 0, png.stderr);
    assert.equal(pngSize(readFileSync(pngOut)).width, 640);
  });

  it('shades the regions of a boundaries file given by its path, and says which it cannot find', async () => {
    const out = join(dir, 'regions.svg');
    const run = await cli([
      'render',
      'conflict-map',
      '--src',
      SAMPLE,
      '--mark',
      'regions',
      '--boundaries',
      BOUNDARIES,
      '--out',
      out,
    ]);
    assert.equal(run.code, 0, run.stderr);
    const svg = readFileSync(out, 'utf8');
    const shaded = svg.match(/<g class="mark-shape role-mark marks"[^>]*>(.*?)<\/g>/s)?.[1].match(/<path /g) ?? [];
    // The sample's regions with a name in Natural Earth's Nigeria, Mali and Niger: Mopti, Gao, Diffa,
    // and the states Borno, Benue, Kogi, Adamawa, Taraba, Plateau and Imo (read off the CSV's adm_1).
    assert.equal(shaded.length, 10);
    assert.match(svg, /Regions: natural-earth-admin1-ng-ml-ne\.topojson/);
    assert.match(svg, /Sahel region \(Burkina Faso\) 2/);
    const missing = await cli([
      'render',
      'conflict-map',
      '--src',
      SAMPLE,
      '--mark',
      'regions',
      '--boundaries',
      join(dir, 'none.json'),
    ]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Could not read none\.json: there is no file at/);
  });
});
