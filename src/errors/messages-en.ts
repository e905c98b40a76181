import type { DataErrorMessages } from './codes.js';

const n = (value: number) => value.toLocaleString('en');
const columnList = ({ columns, more }: { columns: string; more: number }) =>
  columns === '' ? '(none)' : more > 0 ? `${columns} and ${more} more` : columns;
const SET_DATE_FIELD =
  'Set date-field to the column that holds dates (and, as needed, country-field, actor-field, type-field, fatalities-field, value-field), or set format to "acled" or "ucdp".';
const NO_ROW_LIST =
  'The JSON has no list of rows: expected an array, or an object with a "data" (ACLED) or "Result" (UCDP) array';

/** The English message of every DataError code (DataError's own `message`). */
export const englishErrors: DataErrorMessages = {
  fileEmpty: () => 'The file is empty.',
  htmlPage: () => 'An HTML page was returned instead of CSV or JSON data. Check that the address points to a data file.',
  jsonUnreadable: ({ detail }) => `The file looks like JSON but could not be read: ${detail}.`,
  jsonRowsNotObjects: () => 'The JSON rows must be objects such as {"event_date": "2025-07-15", …}.',
  jsonNoRows: () => `${NO_ROW_LIST}.`,
  jsonNoRowsKeys: ({ keys }) => `${NO_ROW_LIST}, but found the keys ${keys || '(none)'}.`,
  requestFailed: ({ name }) => `Could not load ${name}: the request failed (network error).`,
  requestBlocked: ({ name }) =>
    `Could not load ${name}: the request failed. The server may be unreachable, or it does not allow this page to read the file (no CORS headers).`,
  httpStatus: ({ name, status, statusText }) =>
    `Could not load ${name}: the server answered ${status} ${statusText}`.trim() + '.',
  loadInterrupted: ({ name }) => `Loading ${name} was interrupted before the whole file arrived.`,
  loadTimeout: ({ name, seconds }) => `Loading ${name} took longer than ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  inFile: ({ name }, cause) => `${name}: ${cause}`,
  notRowArray: () => 'The data must be an array of row objects.',
  tooManyPeriods: ({ limit, from, to }) =>
    `The timeline would have more than ${n(limit)} periods (${from} to ${to}). Set from and to, or a coarser interval.`,
  countedByMonth: ({ interval }) =>
    `The data is counted by month, so it cannot be drawn by ${interval}. Use interval="month" or coarser.`,
  countedByYear: ({ interval }) => `The data is counted by year, so it cannot be drawn by ${interval}. Use interval="year".`,
  columnNotFound: (p) => `The column "${p.column}" named by ${p.attribute} is not in the data. Columns found: ${columnList(p)}.`,
  noDateColumn: (p) => `No date column was found in the data. Columns found: ${columnList(p)}. ${SET_DATE_FIELD}`,
  noAcledDate: (p) =>
    `The data has no event_date column, which ACLED data needs. Columns found: ${columnList(p)}. ${SET_DATE_FIELD}`,
  noUcdpDate: (p) =>
    `The data has no date_start column, which UCDP data needs. Columns found: ${columnList(p)}. ${SET_DATE_FIELD}`,
  noCoordinates: () =>
    'A map of points needs latitude and longitude columns (latitude, longitude, lat or lon), and the data has none. Use mark="countries" to shade countries by their count instead.',
  notOneOf: ({ attribute, value, allowed }) => `${attribute}="${value}" is not one of: ${allowed}.`,
  notADate: ({ attribute, value }) => `${attribute}="${value}" is not a date; write it as 2025-07-15, 2025-07 or 2025.`,
  attributeNotJson: ({ attribute, detail }) => `The ${attribute} attribute is not valid JSON (${detail}).`,
  specPatchNotObject: () => 'spec-patch must be a JSON object of Vega-Lite spec keys.',
  specPatchLoads: ({ path }) => `spec-patch may not load data or links: remove "${path}".`,
  annotationDate: ({ value }) => `The annotation date "${value}" is not a date; write it as 2020-08-18.`,
  annotationsNotList: () => 'annotations must be a list of {date, label}.',
  annotationNeedsDate: ({ label }) => `The annotation "${label}" needs a date, or from and to.`,
  unknownChart: ({ kind, kinds }) => `Unknown chart "${kind}": use ${kinds}.`,
  noData: () => 'No data: set src, data, or put a table inside the element.',
  noRows: ({ columns }) => `The data has column names but no rows${columns ? ` (columns: ${columns})` : ''}.`,
  tooManyRows: ({ rows, limit }) =>
    `The data has ${n(rows)} rows, more than max-rows (${n(limit)}). ` +
    `Set max-rows="${rows}" to draw it anyway, or aggregate it first and use value-field.`,
  tooManyRowsFlag: ({ rows, limit }) =>
    `The data has ${n(rows)} rows, more than max-rows (${n(limit)}). Set --max-rows ${rows} to read it anyway.`,
  noSource: () => 'No data: give a file (src), its text, or rows.',
  manySources: () => 'Give only one of src, text and rows.',
  fileNotFound: ({ name, path }) => `Could not read ${name}: there is no file at ${path}.`,
  isFolder: ({ name, path }) => `Could not read ${name}: ${path} is a folder, not a file.`,
  permissionDenied: ({ name }) => `Could not read ${name}: permission denied.`,
  readFailed: ({ name, detail }) => `Could not read ${name}: ${detail}`,
  requestError: ({ name, detail }) => `Could not load ${name}: the request failed (${detail}).`,
  writeFailed: ({ path, detail }) => `Could not write ${path}: ${detail}`,
};
