import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { CcErrorEvent } from '../../src/events/events.js';
import { dsvFormat } from 'd3-dsv';
import { settle } from '../helpers/chart.js';

/** Mounts a timeline on `attributes`, returns it settled with the cc-error messages it fired. */
async function timeline(attributes: Record<string, string>) {
  const el = document.createElement('attack-timeline');
  const errors: string[] = [];
  el.addEventListener('cc-error', (event) => errors.push((event as CcErrorEvent).detail.message));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const neighbour = await fixture(html`<div><button>still works</button></div>`);
  neighbour.append(el);
  const status = await settle(el);
  const shown = el.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { el, status, errors, shown, neighbour };
}

/** The same message on screen, in `error` and in exactly one cc-error event. */
async function expectError(attributes: Record<string, string>, message: string | RegExp) {
  const { el, status, errors, shown, neighbour } = await timeline(attributes);
  expect(status).to.equal('error');
  if (typeof message === 'string') expect(el.error).to.equal(message);
  else expect(el.error).to.match(message);
  expect(errors).to.deep.equal([el.error]);
  expect(shown).to.contain(el.error);
  // The rest of the page keeps working.
  const button = neighbour.querySelector('button')!;
  let clicked = false;
  button.addEventListener('click', () => (clicked = true));
  button.click();
  expect(clicked).to.equal(true);
  return el;
}

describe('bad input: a specific message inside the element and in cc-error', () => {
  it('404', () =>
    expectError({ src: '/__fixtures/missing.csv' }, 'Could not load missing.csv: the server answered 404 Not Found.'));

  it('500', () =>
    expectError({ src: '/__fixtures/status/500' }, 'Could not load 500: the server answered 500 Internal Server Error.'));

  it('a network failure', () =>
    expectError({ src: '/__fixtures/reset.csv' }, 'Could not load reset.csv: the request failed (network error).'));

  it('a cross-origin file without CORS headers', () => {
    // The same server under another host name is another origin, and it sends no CORS headers.
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    return expectError({ src: `http://${other}:${location.port}/data/jnim_claims_cep_2025.csv` }, /no CORS headers/);
  });

  it('a slow server past timeout', () =>
    expectError({ src: '/__fixtures/slow.csv?ms=4000', timeout: '1' }, 'Loading slow.csv took longer than 1 second.'));

  it('an HTML page where CSV was expected', () => expectError({ src: '/__fixtures/html.csv' }, /HTML page/));

  it('an empty file', () => expectError({ src: '/__fixtures/empty.csv' }, 'empty.csv: The file is empty.'));

  it('a header-only file', () =>
    expectError(
      { src: '/__fixtures/header-only.csv' },
      'The data has column names but no rows (columns: event_id_cnty, event_date, actor1, actor2, event_type, country, fatalities).',
    ));

  it('malformed JSON in data', () =>
    expectError({ data: '[{"event_date": "2025-07-01",]' }, /^The file looks like JSON but could not be read/));

  it('columns that match no format', async () => {
    const el = await expectError({ data: '[{"when": "2025-07-01", "where": "Mali"}]' }, /Columns found: when, where/);
    expect(el.error).to.contain('date-field');
  });

  it('a file over max-rows, saying how to raise it', () =>
    expectError(
      { src: '/__fixtures/big.csv?rows=12', 'max-rows': '10' },
      'The data has 12 rows, more than max-rows (10). Set max-rows="12" to draw it anyway, or aggregate it first and use value-field.',
    ));

  for (const [attribute, value, allowed] of [
    ['interval', 'fortnight', 'day, week, month, quarter, year'],
    ['group-by', 'colour', 'none, actor, country, event-type'],
    ['mark', 'pie', 'bar, line, area'],
    ['measure', 'deaths', 'events, fatalities'],
    ['theme', 'purple', 'light, dark, auto'],
  ]) {
    it(`${attribute}="${value}" lists the allowed values`, () =>
      expectError(
        { src: '/data/jnim_claims_cep_2025.csv', 'date-field': 'month', 'value-field': 'claimed_attacks', [attribute]: value },
        `${attribute}="${value}" is not one of: ${allowed}.`,
      ));
  }
});

describe('partly bad files: the good rows drawn, the rest reported, nothing lost', () => {
  const drawn = (el: AttackTimeline) => el.chartData.reduce((sum, row) => sum + row.value, 0);

  it('reads "1,234" as a number and counts "n/a" fatalities as skipped when summing fatalities', async () => {
    const { el, status } = await timeline({ src: '/__fixtures/numbers.csv', measure: 'fatalities', interval: 'year' });
    expect(status).to.equal('ready');
    expect(el.chartData).to.deep.equal([{ period: '2025-01-01', value: 1239, partial: true }]); // data ends in July
    expect(el.skipped).to.deep.equal([{ record: 2, reason: 'fatalities not a number' }]);
  });

  it('skips impossible dates with their record numbers, and says so on the chart', async () => {
    const { el, status } = await timeline({ src: '/__fixtures/impossible-dates.csv' });
    expect(status).to.equal('ready');
    expect(el.skipped).to.deep.equal([
      { record: 1, reason: 'date not recognised' },
      { record: 2, reason: 'date not recognised' },
      { record: 4, reason: 'date missing' },
    ]);
    expect(drawn(el) + el.skipped.length).to.equal(4);
    expect(el.shadowRoot!.querySelector('[part="skipped"]')?.textContent).to.equal(
      '3 rows skipped: 2 date not recognised, 1 date missing',
    );
  });

  it('reads a UTF-8 BOM, CRLF line ends and semicolons (European Excel)', async () => {
    const { el, status } = await timeline({ src: '/__fixtures/excel-europe.csv', 'group-by': 'actor' });
    expect(status, el.error).to.equal('ready');
    expect(el.skipped).to.deep.equal([]);
    const actors = [...new Set(el.chartData.map((row) => row.group))];
    expect(actors).to.have.members(['IS Sahel', 'Military Forces of Niger (2023-)', 'JNIM']);
    expect(el.chartData.filter((row) => row.group === 'JNIM').reduce((s, r) => s + r.value, 0)).to.equal(1);
  });

  for (const file of ['numbers.csv', 'impossible-dates.csv', 'excel-europe.csv']) {
    it(`${file}: records drawn + records skipped = records in the file`, async () => {
      // Records counted from the raw text by d3-dsv alone, independently of our readers.
      const text = (await (await fetch(`/__fixtures/${file}`)).text()).replace(/^\uFEFF/, '');
      const delimiter = text.split(/\r?\n/)[0].includes(';') ? ';' : ',';
      const records = dsvFormat(delimiter).parse(text).length;
      const { el, status } = await timeline({ src: `/__fixtures/${file}` });
      expect(status).to.equal('ready');
      expect(drawn(el) + el.skipped.length).to.equal(records);
    });
  }
});
