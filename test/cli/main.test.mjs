// The command itself: help, standard input, and errors as one clear line with exit code 1.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { serveStatic } from '../../scripts/serve.mjs';
import { main } from '../../dist/cli/index.js';
import { CEP, cli, NIGERIA, ROOT } from './helpers.mjs';

/** Runs the CLI in this process, capturing what it writes. */
async function run(args) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (chunk) => (stdout += chunk) },
    stderr: { write: (chunk) => (stderr += chunk) },
  });
  return { code, stdout, stderr };
}

describe('conflict-charts', () => {
  it('is declared as the package bin', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    assert.equal(pkg.bin['conflict-charts'], 'bin/conflict-charts.mjs');
    assert.ok(pkg.files.includes('bin'));
  });

  it('prints help with --help and exits 0', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.text, /conflict-charts render <chart> --src/);
    assert.match(help.text, /conflict-charts aggregate/);
    const renderHelp = await run(['render', '--help']);
    assert.equal(renderHelp.code, 0);
    assert.match(renderHelp.stdout, /--interval/);
  });

  it('reads standard input with --src -', async () => {
    const input = readFileSync(CEP, 'utf8');
    const piped = await cli(
      [
        'render',
        'country-comparison',
        '--src',
        '-',
        '--date-field',
        'month',
        '--value-field',
        'claimed_attacks',
        '--to',
        '2025-05',
        '--format',
        'json',
      ],
      { input },
    );
    assert.equal(piped.code, 0, piped.stderr);
    assert.deepEqual(
      JSON.parse(piped.text).chartData.map((row) => row.value),
      [70, 44, 8, 1],
    );
  });

  it('reads a URL, and says what the server answered when it fails', async () => {
    const { server, origin } = await serveStatic();
    try {
      const ok = await run([
        'render',
        'country-comparison',
        '--src',
        `${origin}/data/jnim_claims_cep_2025.csv`,
        '--date-field',
        'month',
        '--value-field',
        'claimed_attacks',
        '--from',
        '2025-07',
        '--format',
        'json',
      ]);
      assert.equal(ok.code, 0, ok.stderr);
      assert.deepEqual(
        JSON.parse(ok.stdout).chartData.map((row) => row.value),
        [54, 36, 7, 1],
      );
      const missing = await run(['render', 'country-comparison', '--src', `${origin}/data/nothing.csv`]);
      assert.equal(missing.code, 1);
      assert.equal(missing.stderr, 'conflict-charts: Could not load nothing.csv: the server answered 404 Not Found.\n');
    } finally {
      server.close();
    }
  });

  it('reports skipped rows on standard error, as the element notes them', async () => {
    const result = await run(['render', 'attack-timeline', '--src', `${ROOT}test/cli/fixtures/skips.csv`, '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '2 rows skipped: 1 date missing, 1 date not recognised\n');
  });

  for (const [args, message] of [
    [[], /Usage:/],
    [['draw'], /Unknown command "draw": use render, aggregate or sql\./],
    [['render'], /Name the chart: attack-timeline, country-comparison, actor-breakdown, conflict-map\./],
    [['render', 'pie-chart', '--src', NIGERIA], /Unknown chart "pie-chart"/],
    [['render', 'attack-timeline'], /Give the data with --src/],
    [['render', 'attack-timeline', '--src', 'missing.csv'], /Could not read missing\.csv: there is no file at missing\.csv\./],
    [
      ['render', 'attack-timeline', '--src', NIGERIA, '--interval', 'fortnight'],
      /interval="fortnight" is not one of: day, week, month, quarter, year\./,
    ],
    [['render', 'attack-timeline', '--src', NIGERIA, '--from', 'last year'], /from="last year" is not a date/],
    [['render', 'attack-timeline', '--src', NIGERIA, '--width', 'wide'], /--width must be a number/],
    [['render', 'attack-timeline', '--src', NIGERIA, '--format', 'gif'], /--format gif is not one of: svg, png, json\./],
    [['render', 'attack-timeline', '--src', NIGERIA, '--colour', 'red'], /Unknown option '--colour'/],
    [
      [
        'render',
        'attack-timeline',
        '--src',
        CEP,
        '--interval',
        'week',
        '--date-field',
        'month',
        '--value-field',
        'claimed_attacks',
      ],
      /counted by month, so it cannot be drawn by week/,
    ],
    [['render', 'attack-timeline', '--src', `${ROOT}README.md`], /No date column was found/],
    [['aggregate'], /Name the file to count/],
    [['aggregate', NIGERIA, '--by', 'month,actor'], /--by "month,actor" is not one of/],
    [['aggregate', NIGERIA, '--from', '2018-03-15'], /counts whole months/],
    [
      ['aggregate', NIGERIA, '--by', 'week,country', '--from', '2018-03'],
      /--from 2018-03 starts on a Thursday, inside a week \(weeks run Monday to Sunday\): write 2018-02-26 or 2018-03-05\./,
    ],
    [
      ['aggregate', NIGERIA, '--interval', 'quarter', '--to', '2018-02'],
      /--to 2018-02 ends inside a quarter \(quarters are counted whole\): write 2017-12 or 2018-03\./,
    ],
    [['aggregate', NIGERIA, '--interval', 'week', '--by', 'month,country'], /--by starts with month but --interval is week/],
    [
      ['aggregate', NIGERIA, '--interval', 'fortnight'],
      /--interval "?fortnight"? is not one of: day, week, month, quarter, year/,
    ],
    [
      ['sql', '--table', 't', '--data-format', 'ucdp', '--by', 'year,country', '--from', '2018-03'],
      /--from 2018-03 starts inside a year/,
    ],
    [['aggregate', NIGERIA, '--measure', 'deaths'], /--measure deaths is not one of: events, fatalities\./],
  ]) {
    it(`exits 1 with a clear message: ${args.join(' ').replaceAll(ROOT, '') || '(no arguments)'}`, async () => {
      const result = await run(args);
      assert.equal(result.code, 1);
      assert.match(result.stderr + result.stdout, message);
      if (args.length) assert.match(result.stderr, /^conflict-charts: /);
    });
  }

  it('exits 1 from the installed command too', async () => {
    const result = await cli(['render', 'attack-timeline', '--src', 'missing.csv']);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, 'conflict-charts: Could not read missing.csv: there is no file at missing.csv.\n');
    assert.equal(result.text, '');
  });
});
