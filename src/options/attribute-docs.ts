/**
 * What the docs say about each attribute of the table in attributes.ts: the JSDoc of its
 * generated `@property`, the README's "values" and "default" columns, the CLI help, and the
 * property's TypeScript type. Kept apart from the table so that pages, which only read and
 * check values, never download the prose; the CLI and the generator read both.
 */
export interface AttributeDocs {
  /** The property's TypeScript type, as the element class declares it. */
  readonly type: string;
  /** One or two sentences: the JSDoc and the README's meaning column. */
  readonly doc: string;
  /** The README's values column for kinds other than `choice`. */
  readonly values?: string;
  /** The README's default column where the default is not one value. */
  readonly defaultText?: string;
  /** The CLI help line, where it differs from `doc`. */
  readonly cliHelp?: string;
}

const TEXT = 'string | undefined';
const JSON_RECORD = 'Record<string, string> | string | undefined';

export const ATTRIBUTE_DOCS: Readonly<Record<string, AttributeDocs>> = {
  src: {
    type: TEXT,
    doc: 'URL of a CSV, TSV or JSON file (an array of rows, or an ACLED/UCDP API response).',
    values: 'URL',
    cliHelp: 'CSV, TSV or JSON file, http(s) URL, or - for standard input',
  },
  data: {
    type: 'DataInput | undefined',
    doc: 'Rows as an array of objects or a Promise of one; the `data` attribute takes JSON text.',
    values: 'JSON text / rows / Promise',
  },
  format: {
    type: 'FormatOption',
    doc: '`auto` detects ACLED and UCDP GED from their columns; `generic` uses the `*-field` attributes.',
  },
  'date-field': { type: TEXT, doc: 'The column of event dates (generic tables).', values: 'column name' },
  'country-field': { type: TEXT, doc: 'The column of country names (generic tables).', values: 'column name' },
  'actor-field': {
    type: TEXT,
    doc: 'One or two comma-separated columns: first actor, second actor.',
    values: 'one or two column names',
  },
  'type-field': { type: TEXT, doc: 'The column of event types (generic tables).', values: 'column name' },
  'fatalities-field': { type: TEXT, doc: 'The column of fatalities (generic tables).', values: 'column name' },
  'value-field': {
    type: TEXT,
    doc: 'A count column to sum instead of counting rows (pre-aggregated tables).',
    values: 'column name',
  },
  'low-field': {
    type: TEXT,
    doc: 'The column of low fatality estimates, for `uncertainty="band"` (UCDP GED: `low`).',
    values: 'column name',
  },
  'high-field': {
    type: TEXT,
    doc: 'The column of high fatality estimates, for `uncertainty="band"` (UCDP GED: `high`).',
    values: 'column name',
  },
  'date-precision': {
    type: 'DatePrecision',
    doc: '`any` counts events dated only to a week, month or year (UCDP `date_prec` or ACLED `time_precision` above 1) on the date given, and the summary says how many; `exact` leaves them out, as skipped rows.',
  },
  timeout: {
    type: 'number',
    doc: 'Seconds to wait for `src` before giving up.',
    values: 'seconds',
    cliHelp: 'for a URL (default 30)',
  },
  'max-rows': {
    type: 'number',
    doc: 'Refuse files with more rows than this (a guard against freezing the page).',
    values: 'number',
    cliHelp: 'refuse larger files (default 2000000)',
  },
  measure: { type: 'Measure', doc: '`events` counts events; `fatalities` sums ACLED `fatalities` or UCDP `best`.' },
  'measure-label': {
    type: TEXT,
    doc: 'Axis title for the measure; defaults to the measure and dataset ("UCDP lethal events").',
    values: 'text',
    defaultText: 'by dataset',
  },
  from: { type: TEXT, doc: 'Inclusive start period: `2025`, `2025-07` or `2025-07-15`.', values: 'period' },
  to: { type: TEXT, doc: 'Inclusive end period: `to="2025-07"` counts through 31 July.', values: 'period' },
  countries: { type: TEXT, doc: 'Comma-separated country names to keep.', values: 'comma-separated' },
  actors: { type: TEXT, doc: 'Comma-separated actor names (raw or alias) to keep.', values: 'comma-separated' },
  'event-types': { type: TEXT, doc: 'Comma-separated event types to keep.', values: 'comma-separated' },
  'actor-role': {
    type: 'ActorRole',
    doc: '`any`: an event counts for each distinct actor on either side; `primary`: its first actor only.',
  },
  'include-civilians': { type: 'boolean', doc: 'Count civilian sides ("Civilians (Mali)") as actors.', values: 'boolean' },
  top: { type: 'number', doc: 'Keep the N largest series or bars; the rest are summed into "Other".', values: 'number' },
  aliases: {
    type: JSON_RECORD,
    doc: 'Raw actor name → display name, added to or overriding the built-in aliases (JSON in the attribute).',
    values: 'JSON object',
    defaultText: 'built in',
    cliHelp: '{"raw name": "display name"}, over the built-in aliases',
  },
  heading: { type: TEXT, doc: 'The chart’s title and accessible name.', values: 'text' },
  'heading-level': {
    type: 'number',
    doc: 'The heading’s level in the page’s outline (1–6; default 2, which follows an article’s title without skipping a level).',
    values: '1–6',
  },
  description: { type: TEXT, doc: 'A standfirst shown under the heading.', values: 'text' },
  source: {
    type: TEXT,
    doc: 'Credit line under the chart; defaults from the detected dataset.',
    values: 'text',
    defaultText: 'by dataset',
  },
  note: { type: TEXT, doc: 'A note under the chart.', values: 'text' },
  accessed: {
    type: TEXT,
    doc: 'When the data was downloaded (`2025-07-15`), added to the default credit line as ACLED asks.',
    values: 'date',
  },
  colors: {
    type: JSON_RECORD,
    doc: 'Colours pinned by series name, e.g. `{"JNIM": "#2f6db5"}` (JSON in the attribute).',
    values: 'JSON object',
    defaultText: 'page-wide',
  },
  summary: {
    type: TEXT,
    doc: 'The chart in words for screen readers; replaces the generated summary (measure, range, peak, trend, the change since the last period).',
    values: 'text',
    defaultText: 'generated',
  },
  locale: {
    type: TEXT,
    doc: '`en` or `fr` (or any registered locale); defaults to the closest ancestor’s `lang`.',
    values: '`en` `fr`',
    defaultText: 'closest `lang`',
    cliHelp: 'en (default) or fr',
  },
  theme: { type: 'ThemeOption', doc: '`light` (default), `dark`, or `auto`, which follows the reader’s colour scheme.' },
  height: {
    type: 'number | undefined',
    doc: 'Chart height in CSS pixels (bar charts default to a height that fits their bars).',
    values: 'pixels',
    defaultText: '300 (timeline); bar charts fit their bars',
    cliHelp: 'chart height, without heading and source lines',
  },
  renderer: { type: "'svg' | 'canvas'", doc: '`svg` (default) or `canvas`.' },
  'spec-patch': {
    type: 'Record<string, unknown> | string | undefined',
    doc:
      'A JSON merge patch (RFC 7396) applied to the Vega-Lite spec before it is drawn, for what no attribute covers: ' +
      'axis formats, config, an extra encoding. It may restyle the chart but not load anything: a `url` or `href` key is an error.',
    values: 'JSON object',
    cliHelp: 'JSON merge patch over the Vega-Lite spec (no url or href keys)',
  },
  loading: {
    type: "'lazy' | 'eager'",
    doc:
      '`lazy` (default): a chart far below the fold loads its data but draws (and loads the drawing code) only as it ' +
      'comes within about a screen of the viewport, or when the page is printed; `eager`: draw as soon as the data is read.',
  },
  'group-by': {
    type: 'TimelineGroupBy | ComparisonGroupBy | BreakdownGroupBy | MapGroupBy',
    doc: "Split the counts into series (a timeline), stack each bar (the bar charts) or colour a map's dots; `none` (default) draws one series.",
  },
  interval: {
    type: 'Interval',
    doc: 'Width of each period: `day`, `week` (ISO, from Monday), `month` (default), `quarter` or `year`.',
  },
  mark: {
    type: 'TimelineMark | MapMark',
    doc: 'A timeline: `bar` (default, stacked when grouped), `line` or `area`. A map: `points` (default, a dot per location), `countries` (each country shaded by its count) or `regions` (the regions of `boundaries` shaded by their count).',
  },
  annotations: {
    type: 'TimelineAnnotation[] | string | undefined',
    doc: 'Dated notes `[{date, label}]` drawn as labelled rules, or spans `[{from, to, label}]` (JSON in the attribute).',
    values: 'JSON `[{date, label}]` or `[{from, to, label}]`',
  },
  highlight: { type: TEXT, doc: 'A country drawn in the accent colour.', values: 'country name' },
  'small-multiples': {
    type: 'SmallMultiples',
    doc: '`year`, `quarter` or `month`: one small map per period, all on one scale and one extent, the last 12 periods at most (the caption says how many more the data table has); one column under 480 px.',
  },
  boundaries: {
    type: 'string | object | undefined',
    doc: 'A TopoJSON or GeoJSON file of your own regions (admin 1 or 2, from geoBoundaries or OCHA): `mark="regions"` shades them by their count; over points or countries their outlines are drawn. As a property, the parsed file itself.',
    values: 'URL',
  },
  'boundary-key': {
    type: TEXT,
    doc: 'The property of the `boundaries` features that names each region (default: the first of `shapeName`, `ADM2_EN`, `ADM1_EN`, `NAME_2`, `NAME_1`, `name` they have).',
    values: 'property name',
  },
  'region-field': {
    type: TEXT,
    doc: 'The column naming each event\'s region, matched to the `boundaries` names ignoring case, accents and words such as "state" or "region" (UCDP GED: `adm_1`; ACLED: `admin1`).',
    values: 'column name',
  },
  compare: {
    type: 'CompareOption',
    doc: "`previous` draws, beside each country's bar, its count in the period of the same length just before `from`–`to` (July → June, Q3 → Q2, 2019 → 2018; a range of days → as many days before); ungrouped bars only.",
  },
  uncertainty: {
    type: 'Uncertainty',
    doc: '`band` draws the range of fatalities from the low to the high estimate around the best one (UCDP `low`, `best`, `high`): a shaded band under a line or area, an error bar on each bar. For `measure="fatalities"`, one series or lines only; tooltip, summary and data table give the range.',
  },
};
