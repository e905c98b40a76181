import {
  ACTOR_ROLES,
  CHART_TAGS,
  COMPARES,
  DATE_PRECISIONS,
  DEFAULT_MAX_ROWS,
  FORMATS,
  GROUPINGS,
  INTERVALS,
  LOADING_MODES,
  MAP_MARKS,
  MARKS,
  MEASURES,
  RENDERERS,
  SMALL_MULTIPLES,
  THEMES,
  UNCERTAINTIES,
  type ChartTag,
} from './values.js';

/**
 * How an attribute's text is read. The kind decides the parser (options/resolve.ts), the embed
 * page's cleaning (embed/params.ts), the CLI flag's type and the Storybook control.
 */
export type AttributeKind =
  | 'url'
  | 'data'
  | 'choice'
  | 'text'
  | 'long-text'
  | 'column'
  | 'columns'
  | 'names'
  | 'number'
  | 'boolean'
  | 'period'
  | 'date'
  | 'locale'
  | 'json';

/**
 * What a change of the attribute makes the element do again: read the source (`source`),
 * read the rows into events (`reading`), count them (`counting`), specify and draw the counted
 * rows (`presentation`), or only render the figure around the drawing (`figure`).
 */
export type Affects = 'source' | 'reading' | 'counting' | 'presentation' | 'figure';

export type CliCommand = 'render' | 'aggregate';

export interface AttributeSpec {
  /** The HTML attribute: `date-field`. */
  readonly attribute: string;
  /** The JavaScript property: `dateField`. */
  readonly property: string;
  readonly kind: AttributeKind;
  /** The accepted words of a `choice` (per chart where they differ). */
  readonly values?: readonly string[] | Readonly<Partial<Record<ChartTag, readonly string[]>>>;
  /** The default value, where one value is the default. */
  readonly default?: string | number | boolean;
  /** Charts whose default differs from `default` (`mark`: `bar` on a timeline, `points` on a map). */
  readonly defaults?: Readonly<Partial<Record<ChartTag, string>>>;
  /** The elements that have it. */
  readonly charts: readonly ChartTag[];
  readonly affects: Affects;
  /** The CLI commands that take it as a flag, and the flag's name where it differs. */
  readonly cli?: { readonly commands: readonly CliCommand[]; readonly flag?: string };
  /** Whether the embed page takes it from its URL (default true). */
  readonly embed?: boolean;
  /** Declared by each element rather than by the generator (`group-by`: its own values and type). */
  readonly handWritten?: boolean;
}

const ALL = CHART_TAGS;
const BOTH: readonly CliCommand[] = ['render', 'aggregate'];
const RENDER: readonly CliCommand[] = ['render'];
/** The charts that can draw a low–high range around the best estimate. */
const BANDED: readonly ChartTag[] = ['attack-timeline', 'country-comparison'];

/** An attribute every chart has. */
function shared(
  attribute: string,
  property: string,
  kind: AttributeKind,
  affects: Affects,
  more: Partial<AttributeSpec> = {},
): AttributeSpec {
  return { attribute, property, kind, charts: ALL, affects, ...more };
}

/**
 * Every public attribute of the chart elements, once, in the order the docs list them. The
 * shared `@property` declarations (src/base/chart-attributes.ts, written from this table by
 * `npm run generate`), the typings' input lists, the README's tables, the CLI's flags and help,
 * the embed page's parameters and Storybook's controls all come from it; the prose for each
 * is in attribute-docs.ts, apart so that pages never download it. test/options/ checks that
 * the element classes, custom-elements.json and every list agree with it.
 */
export const ATTRIBUTES: readonly AttributeSpec[] = [
  // where the data comes from
  shared('src', 'src', 'url', 'source', { cli: { commands: BOTH } }),
  shared('data', 'data', 'data', 'source', { embed: false }),
  shared('format', 'format', 'choice', 'reading', {
    values: FORMATS,
    default: 'auto',
    cli: { commands: BOTH, flag: 'data-format' },
  }),
  shared('date-field', 'dateField', 'column', 'reading', { cli: { commands: BOTH } }),
  shared('country-field', 'countryField', 'column', 'reading', { cli: { commands: BOTH } }),
  shared('actor-field', 'actorField', 'columns', 'reading', { cli: { commands: BOTH } }),
  shared('type-field', 'typeField', 'column', 'reading', { cli: { commands: BOTH } }),
  shared('fatalities-field', 'fatalitiesField', 'column', 'reading', { cli: { commands: BOTH } }),
  shared('value-field', 'valueField', 'column', 'reading', { cli: { commands: BOTH } }),
  { ...shared('low-field', 'lowField', 'column', 'reading', { cli: { commands: RENDER } }), charts: BANDED },
  { ...shared('high-field', 'highField', 'column', 'reading', { cli: { commands: RENDER } }), charts: BANDED },
  // leaving out events dated only to a week, month or year skips their rows, so it is reading
  shared('date-precision', 'datePrecision', 'choice', 'reading', {
    values: DATE_PRECISIONS,
    default: 'any',
    cli: { commands: RENDER },
  }),
  shared('timeout', 'timeout', 'number', 'source', { default: 30, cli: { commands: BOTH } }),
  shared('max-rows', 'maxRows', 'number', 'source', { default: DEFAULT_MAX_ROWS, cli: { commands: BOTH } }),
  // what is counted; measuring fatalities skips rows without a number there, so it is reading
  shared('measure', 'measure', 'choice', 'reading', { values: MEASURES, default: 'events', cli: { commands: BOTH } }),
  shared('measure-label', 'measureLabel', 'text', 'presentation', { cli: { commands: RENDER } }),
  shared('from', 'from', 'period', 'counting', { cli: { commands: BOTH } }),
  shared('to', 'to', 'period', 'counting', { cli: { commands: BOTH } }),
  shared('countries', 'countries', 'names', 'counting', { cli: { commands: BOTH } }),
  shared('actors', 'actors', 'names', 'counting', { cli: { commands: BOTH } }),
  shared('event-types', 'eventTypes', 'names', 'counting', { cli: { commands: BOTH } }),
  shared('actor-role', 'actorRole', 'choice', 'counting', { values: ACTOR_ROLES, default: 'any', cli: { commands: RENDER } }),
  shared('include-civilians', 'includeCivilians', 'boolean', 'counting', { default: false, cli: { commands: RENDER } }),
  shared('top', 'top', 'number', 'counting', { default: 8, cli: { commands: RENDER } }),
  shared('aliases', 'aliases', 'json', 'counting', { cli: { commands: BOTH } }),
  // how it is presented
  shared('heading', 'heading', 'text', 'presentation', { cli: { commands: RENDER } }),
  shared('heading-level', 'headingLevel', 'number', 'figure', { default: 2 }),
  shared('description', 'description', 'long-text', 'presentation', { cli: { commands: RENDER } }),
  shared('source', 'source', 'text', 'figure', { cli: { commands: BOTH } }),
  shared('note', 'note', 'long-text', 'figure', { cli: { commands: RENDER } }),
  shared('accessed', 'accessed', 'date', 'presentation', { cli: { commands: BOTH } }),
  shared('colors', 'colors', 'json', 'presentation', { cli: { commands: RENDER } }),
  shared('summary', 'summary', 'long-text', 'figure', { cli: { commands: RENDER } }),
  shared('locale', 'locale', 'locale', 'presentation', { cli: { commands: RENDER } }),
  shared('theme', 'theme', 'choice', 'presentation', { values: THEMES, default: 'light', cli: { commands: RENDER } }),
  shared('height', 'height', 'number', 'presentation', { cli: { commands: RENDER } }),
  shared('renderer', 'renderer', 'choice', 'presentation', { values: RENDERERS, default: 'svg' }),
  shared('loading', 'loading', 'choice', 'presentation', { values: LOADING_MODES, default: 'lazy' }),
  shared('spec-patch', 'specPatch', 'json', 'presentation', { cli: { commands: RENDER } }),
  // one element's own
  shared('group-by', 'groupBy', 'choice', 'counting', {
    values: GROUPINGS,
    default: 'none',
    cli: { commands: RENDER },
    handWritten: true,
  }),
  {
    attribute: 'interval',
    property: 'interval',
    kind: 'choice',
    values: INTERVALS,
    default: 'month',
    charts: ['attack-timeline'],
    affects: 'counting',
    cli: { commands: BOTH },
  },
  {
    attribute: 'mark',
    property: 'mark',
    kind: 'choice',
    values: { 'attack-timeline': MARKS, 'conflict-map': MAP_MARKS },
    default: 'bar',
    defaults: { 'conflict-map': 'points' },
    charts: ['attack-timeline', 'conflict-map'],
    affects: 'presentation',
    cli: { commands: RENDER },
    handWritten: true,
  },
  {
    attribute: 'small-multiples',
    property: 'smallMultiples',
    kind: 'choice',
    values: SMALL_MULTIPLES,
    default: 'none',
    charts: ['conflict-map'],
    affects: 'counting',
    cli: { commands: RENDER },
  },
  // a desk's own regions: the file is read with the chart's code, before counting
  {
    attribute: 'boundaries',
    property: 'boundaries',
    kind: 'url',
    charts: ['conflict-map'],
    affects: 'counting',
    cli: { commands: RENDER },
  },
  {
    attribute: 'boundary-key',
    property: 'boundaryKey',
    kind: 'text',
    charts: ['conflict-map'],
    affects: 'counting',
    cli: { commands: RENDER },
  },
  {
    attribute: 'region-field',
    property: 'regionField',
    kind: 'column',
    charts: ['conflict-map'],
    affects: 'reading',
    cli: { commands: RENDER },
  },
  {
    attribute: 'annotations',
    property: 'annotations',
    kind: 'json',
    charts: ['attack-timeline'],
    affects: 'presentation',
    cli: { commands: RENDER },
  },
  {
    attribute: 'uncertainty',
    property: 'uncertainty',
    kind: 'choice',
    values: UNCERTAINTIES,
    default: 'none',
    charts: BANDED,
    affects: 'counting',
    cli: { commands: RENDER },
  },
  {
    attribute: 'compare',
    property: 'compare',
    kind: 'choice',
    values: COMPARES,
    default: 'none',
    charts: ['country-comparison'],
    affects: 'counting',
    cli: { commands: RENDER },
  },
  {
    attribute: 'highlight',
    property: 'highlight',
    kind: 'text',
    charts: ['country-comparison'],
    affects: 'presentation',
    cli: { commands: RENDER },
  },
];

/** The attributes `tag` has, in table order. */
export function attributesOf(tag: ChartTag, table: readonly AttributeSpec[] = ATTRIBUTES): AttributeSpec[] {
  return table.filter((spec) => spec.charts.includes(tag));
}

/** The attributes every chart element has. */
export function sharedAttributes(table: readonly AttributeSpec[] = ATTRIBUTES): AttributeSpec[] {
  return table.filter((spec) => CHART_TAGS.every((tag) => spec.charts.includes(tag)));
}

/** The accepted words of a `choice` attribute on one chart. */
export function choicesOf(spec: AttributeSpec, tag: ChartTag): readonly string[] | undefined {
  if (!spec.values) return undefined;
  return Array.isArray(spec.values) ? spec.values : (spec.values as Partial<Record<ChartTag, readonly string[]>>)[tag];
}

/** The default of an attribute on one chart. */
export function defaultOf(spec: AttributeSpec, tag: ChartTag): string | number | boolean | undefined {
  return spec.defaults?.[tag] ?? spec.default;
}

/** The CLI flag of an attribute (`--data-format` for `format`, whose flag name the output format takes). */
export function cliFlagOf(spec: AttributeSpec): string {
  return spec.cli?.flag ?? spec.attribute;
}

/** Properties that hold results, not inputs: setting them never makes the element work again. */
export const RESULT_PROPERTIES = [
  'status',
  'error',
  'chartData',
  'change',
  'skipped',
  'spec',
  'vegaSpec',
  'view',
  'settled',
] as const;
