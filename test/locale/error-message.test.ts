import { expect } from '@open-wc/testing';
import { oneOf, periodOf } from '../../src/options/parse.js';
import { aggregateTimeline } from '../../src/data/aggregate.js';
import { mergeAliases } from '../../src/data/aliases.js';
import { parseCalendarDate, periodStart } from '../../src/util/dates.js';
import type { DataErrorCode, DataErrorParams } from '../../src/errors/codes.js';
import { DataError } from '../../src/errors/data-error.js';
import { lateMessage } from '../../src/errors/late-messages.js';
import { useMapMessages } from '../../src/errors/map-messages.js';
import { loadTable } from '../../src/data/load.js';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import type { ConflictEvent } from '../../src/data/types.js';
import { localizedError } from '../../src/locale/error-message.js';
import { en, fr } from '../../src/locale/index.js';
import type { ChartLocale } from '../../src/locale/types.js';
import { dataErrorOf } from '../helpers/errors.js';

/* Every DataError a reader can see has a code, an English message (unchanged) and a French one. */

const NNBSP = '\u202f';

/** Values for every code's params: the type makes a new code fail to compile until it has some. */
const SAMPLES: { [C in DataErrorCode]: DataErrorParams[C] } = {
  fileEmpty: {},
  htmlPage: {},
  jsonUnreadable: { detail: 'Unexpected token x' },
  jsonRowsNotObjects: {},
  jsonNoRows: {},
  jsonNoRowsKeys: { keys: 'status, count' },
  requestFailed: { name: 'mali.csv' },
  requestBlocked: { name: 'mali.csv' },
  httpStatus: { name: 'mali.csv', status: 404, statusText: 'Not Found' },
  loadInterrupted: { name: 'mali.csv' },
  loadTimeout: { name: 'mali.csv', seconds: 1500 },
  inFile: { name: 'mali.csv' },
  notRowArray: {},
  tooManyPeriods: { limit: 20000, from: '0025-07-15', to: '2025-07-15' },
  countedByMonth: { interval: 'week' },
  countedByYear: { interval: 'quarter' },
  columnNotFound: { column: 'Contry', attribute: 'country-field', columns: 'date, country', more: 1234 },
  noDateColumn: { columns: 'when, where', more: 0 },
  noCoordinates: {},
  noBoundaries: {},
  noRegionColumn: {},
  boundariesNotGeo: { name: 'regions.json' },
  boundaryKeyMissing: { name: 'regions.json', key: 'ADM1', properties: 'shapeName, shapeISO' },
  noAcledDate: { columns: 'when, where', more: 0 },
  noUcdpDate: { columns: 'when, where', more: 0 },
  notOneOf: { attribute: 'interval', value: 'fortnight', allowed: 'day, week, month' },
  notADate: { attribute: 'from', value: 'soon' },
  attributeNotJson: { attribute: 'annotations', detail: 'Unexpected end of JSON input' },
  specPatchNotObject: {},
  specPatchLoads: { path: 'layer.0.data.url' },
  annotationDate: { value: 'yesterday' },
  annotationsNotList: {},
  annotationNeedsDate: { label: 'Coup in Mali' },
  unknownChart: { kind: 'pie', kinds: 'attack-timeline, country-comparison, actor-breakdown' },
  noData: {},
  noRows: { columns: 'event_date, country' },
  tooManyRows: { rows: 2000001, limit: 2000000 },
  tooManyRowsFlag: { rows: 2000001, limit: 2000000 },
  noSource: {},
  manySources: {},
  fileNotFound: { name: 'mali.csv', path: 'data/mali.csv' },
  isFolder: { name: 'data', path: 'data/' },
  permissionDenied: { name: 'mali.csv' },
  readFailed: { name: 'mali.csv', detail: 'EIO: i/o error' },
  requestError: { name: 'mali.csv', detail: 'getaddrinfo ENOTFOUND example.invalid' },
  writeFailed: { path: 'out/chart.svg', detail: 'ENOSPC: no space left on device' },
};

/** Every code, from SAMPLES: its type fails to compile when a code is missing or unknown. */
const DATA_ERROR_CODES = Object.keys(SAMPLES) as DataErrorCode[];

/** Params translated rather than repeated (the interval is said in words). */
const TRANSLATED: Partial<Record<DataErrorCode, string[]>> = { countedByMonth: ['interval'], countedByYear: ['interval'] };

/** The codes whose sentences come with the map's code (errors/map-messages.ts), not with the locales. */
const LATE: DataErrorCode[] = ['noBoundaries', 'noRegionColumn', 'boundariesNotGeo', 'boundaryKeyMissing'];
useMapMessages();

function say(locale: ChartLocale, code: DataErrorCode, cause = ''): string {
  const format = (locale.strings.errors[code] ?? lateMessage(locale.code, code)) as (params: object, cause: string) => string;
  return format(SAMPLES[code], cause);
}

async function rejected(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  return expect.fail('expected a DataError') as never;
}

function ev(date: string, record: number): ConflictEvent {
  const parsed = parseCalendarDate(date)!;
  return {
    record,
    day: periodStart(parsed),
    precision: parsed.precision,
    country: 'Mali',
    actors: [],
    eventType: 'Battles',
    fatalities: 0,
    value: 1,
  };
}

describe('DataError codes', () => {
  it('lists every code once, and en and fr say each one', () => {
    expect(DATA_ERROR_CODES.length).to.be.greaterThan(25);
    // No two codes say the same thing: each names a different problem, in either language.
    for (const locale of [en, fr]) {
      const sentences = DATA_ERROR_CODES.map((code) => say(locale, code, 'CAUSE'));
      const repeated = sentences.filter((sentence, i) => sentences.indexOf(sentence) !== i);
      expect(repeated, locale.code).to.deep.equal([]);
    }
    const early = DATA_ERROR_CODES.filter((code) => !LATE.includes(code));
    expect(Object.keys(en.strings.errors).sort()).to.deep.equal([...early].sort());
    expect(Object.keys(fr.strings.errors).sort()).to.deep.equal([...early].sort());
    for (const code of LATE) expect([lateMessage('en', code), lateMessage('fr', code)], code).to.not.include(undefined);
    for (const code of DATA_ERROR_CODES) {
      expect(say(en, code, 'CAUSE'), code)
        .to.be.a('string')
        .and.not.equal('');
      expect(say(fr, code, 'CAUSE'), code)
        .to.be.a('string')
        .and.not.equal('');
    }
  });

  it('says each code in French, with its values, numbers written the French way', () => {
    for (const code of DATA_ERROR_CODES) {
      const french = say(fr, code, 'CAUSE');
      if (code !== 'inFile') expect(french, code).to.not.equal(say(en, code, 'CAUSE'));
      for (const [key, value] of Object.entries(SAMPLES[code] as Record<string, string | number>)) {
        if (TRANSLATED[code]?.includes(key) || value === 0) continue;
        const written = typeof value === 'number' ? value.toLocaleString('fr').replace(/\s/g, NNBSP) : value;
        expect(french, `${code}.${key}`).to.contain(written);
      }
    }
    expect(say(fr, 'inFile', 'CAUSE')).to.equal('mali.csv : CAUSE');
    expect(say(fr, 'tooManyRows')).to.contain(`2${NNBSP}000${NNBSP}001 lignes`).and.contain('max-rows="2000001"');
    expect(say(fr, 'countedByMonth')).to.contain('par semaine');
    expect(say(fr, 'noRows', '')).to.contain('(colonnes : event_date, country)');
    expect(fr.strings.errors.noRows({ columns: '' }, '')).to.equal('Les données ont des noms de colonnes mais aucune ligne.');
  });

  it('keeps the English messages of the data layer', async () => {
    const empty = dataErrorOf(() => parseTable('', 'csv'));
    expect([empty.code, empty.message]).to.deep.equal(['fileEmpty', 'The file is empty.']);
    expect(dataErrorOf(() => parseTable('{"status": 200}', 'json')).message).to.equal(
      'The JSON has no list of rows: expected an array, or an object with a "data" (ACLED) or "Result" (UCDP) array, but found the keys status.',
    );
    const columns = Array.from({ length: 15 }, (_, i) => `c${i}`);
    const noDate = dataErrorOf(() => normalizeRows([], columns, {}));
    expect(noDate.code).to.equal('noDateColumn');
    expect(noDate.message).to.equal(
      'No date column was found in the data. Columns found: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11 and 3 more. ' +
        'Set date-field to the column that holds dates (and, as needed, country-field, actor-field, type-field, fatalities-field, value-field), or set format to "acled" or "ucdp".',
    );
    expect(dataErrorOf(() => normalizeRows([], ['date', 'country'], { fields: { country: 'Contry' } })).message).to.equal(
      'The column "Contry" named by country-field is not in the data. Columns found: date, country.',
    );
    expect(dataErrorOf(() => oneOf('interval', 'fortnight', ['day', 'week'], 'day')).message).to.equal(
      'interval="fortnight" is not one of: day, week.',
    );
    expect(dataErrorOf(() => periodOf('from', 'soon')).message).to.equal(
      'from="soon" is not a date; write it as 2025-07-15, 2025-07 or 2025.',
    );
    const options = {
      measure: 'events',
      filters: {},
      aliases: mergeAliases(),
      actorRole: 'any',
      includeCivilians: false,
      top: 10,
      otherLabel: 'Other',
    } as const;
    const periods = dataErrorOf(() =>
      aggregateTimeline([ev('0025-07-15', 1), ev('2025-07-15', 2)], { ...options, interval: 'day', groupBy: 'none' }),
    );
    expect(periods.message).to.equal(
      'The timeline would have more than 20,000 periods (0025-07-15 to 2025-07-15). Set from and to, or a coarser interval.',
    );
    expect(localizedError(periods, fr)).to.equal(
      `La chronologie compterait plus de 20${NNBSP}000 périodes (du 0025-07-15 au 2025-07-15). Indiquez from et to, ou choisissez un intervalle plus large.`,
    );
    const status = await rejected(loadTable('/__fixtures/status/404'));
    expect(status.message).to.equal('Could not load 404: the server answered 404 Not Found.');
    expect(localizedError(status, fr)).to.equal(
      'Impossible de charger 404 : le serveur a répondu par une erreur 404 (Not Found).',
    );
  });

  it('translates both parts of a load error that wraps a parse error', async () => {
    const error = await rejected(loadTable('/__fixtures/empty.csv'));
    expect(error.code).to.equal('inFile');
    expect(error.params).to.deep.equal({ name: 'empty.csv' });
    expect((error.cause as DataError).code).to.equal('fileEmpty');
    expect(error.message).to.equal('empty.csv: The file is empty.');
    expect(localizedError(error, en)).to.equal('empty.csv: The file is empty.');
    expect(localizedError(error, fr)).to.equal('empty.csv : Le fichier est vide.');
    const html = await rejected(loadTable('/__fixtures/html.csv'));
    expect(localizedError(html, fr)).to.match(/^html\.csv : Une page HTML a été reçue/);
  });

  it('says a map’s own codes in the reader’s language once the map’s code has added them', () => {
    const error = new DataError('boundaryKeyMissing', { name: 'admin1.json', key: 'ADM1', properties: 'shapeName' });
    expect(error.message).to.equal('The regions of admin1.json have no property "ADM1": set boundary-key to one of shapeName.');
    expect(localizedError(error, fr)).to.equal(
      'Les régions de admin1.json n’ont pas de propriété «\u00a0ADM1\u00a0» : indiquez dans boundary-key l’une de shapeName.',
    );
    expect(localizedError(new DataError('noBoundaries'), fr)).to.match(/^mark="regions" colore les régions/);
  });

  it('says codes a locale lacks in English, and wraps other errors in its lead-in', () => {
    const { noRows: _dropped, ...errors } = fr.strings.errors;
    const partial = { ...fr, code: 'xx', strings: { ...fr.strings, errors } } as unknown as ChartLocale;
    expect(localizedError(new DataError('noRows', { columns: 'a, b, c' }), partial)).to.equal(
      'The data has column names but no rows (columns: a, b, c).',
    );
    const wrapped = new DataError('inFile', { name: 'a.csv' }, { cause: new DataError('noData') });
    expect(localizedError(wrapped, partial)).to.equal(
      'a.csv : Aucune donnée : indiquez src ou data, ou placez un tableau dans l’élément.',
    );
    expect(localizedError(new TypeError('Failed to fetch'), en)).to.equal('Failed to fetch');
    expect(localizedError(new TypeError('Failed to fetch'), fr)).to.equal('Erreur technique : Failed to fetch');
    expect(localizedError(new DOMException('', 'AbortError'), en)).to.equal('AbortError');
    expect(localizedError('plain text', en)).to.equal('plain text');
    const text = new DataError('Some CLI message.');
    expect([text.code, text.message, text.name]).to.deep.equal([undefined, 'Some CLI message.', 'DataError']);
    expect(localizedError(text, fr)).to.equal('Some CLI message.');
  });

  it('builds the messages chart-element shows', () => {
    const rows = new DataError('tooManyRows', { rows: 2000001, limit: 2000000 });
    expect(rows.message).to.equal(
      'The data has 2,000,001 rows, more than max-rows (2,000,000). Set max-rows="2000001" to draw it anyway, or aggregate it first and use value-field.',
    );
    expect(new DataError('noRows', { columns: '' }).message).to.equal('The data has column names but no rows.');
    expect(new DataError('noData').message).to.equal('No data: set src, data, or put a table inside the element.');
  });
});
