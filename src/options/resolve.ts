import { DataError } from '../errors/data-error.js';
import { formatDay, parseCalendarDate, periodEnd, periodStart } from '../util/dates.js';
import { ATTRIBUTES, attributesOf, choicesOf, defaultOf } from './attributes.js';
import type {
  ChartOptions,
  CountingOptions,
  CustomizeSpec,
  EventFilters,
  FieldMapping,
  ReadingOptions,
  TimelineAnnotation,
} from './chart-options.js';
import { specPatchOf } from './spec-patch.js';
import { jsonOf, listOf, nameList, oneOf, periodOf, positiveInteger } from './parse.js';
import {
  CHART_TAGS,
  type ActorRole,
  type ChartTag,
  type CompareOption,
  type FormatOption,
  type Interval,
  type LoadingMode,
  type Measure,
  type Renderer,
  type SmallMultiples,
  type ThemeOption,
  type MapMark,
  type TimelineMark,
  type Uncertainty,
} from './values.js';

/**
 * Every option of one chart, checked and read once: what the counting, the spec builders, the
 * summary and the data table take, so none of them parses an attribute again.
 */
export interface ResolvedOptions {
  tag: ChartTag;
  // reading
  format: FormatOption;
  fields: FieldMapping;
  measure: Measure;
  /** Rows without a number in the fatalities column are skipped (the chart sums fatalities). */
  requireFatalities: boolean;
  /** Events dated only to a week, month or year are skipped (`date-precision="exact"`). */
  exactDates: boolean;
  // counting
  filters: EventFilters;
  /** The author's own aliases (the built-in ones are added when counting). */
  aliases: Record<string, string>;
  actorRole: ActorRole;
  includeCivilians: boolean;
  top: number;
  interval: Interval;
  /** `none`, or one of the chart's own groupings. */
  groupBy: string;
  // presentation
  /** A timeline's bars, line or area; a map's points or countries. */
  mark: TimelineMark | MapMark;
  annotations: TimelineAnnotation[];
  highlight?: string;
  /** Draw the low–high range of fatalities (`uncertainty="band"`). */
  uncertainty: Uncertainty;
  /** Draw the period of the same length before the range beside it (`compare="previous"`). */
  compare: CompareOption;
  /** One small map per period (`small-multiples`), or `none`. */
  smallMultiples: SmallMultiples;
  /** The `boundaries` file: its URL until the chart's code reads it, then its content. */
  boundaries?: string | object;
  boundaryKey?: string;
  colors: Record<string, string>;
  theme: ThemeOption;
  renderer: Renderer;
  loading: LoadingMode;
  height?: number;
  heading?: string;
  description?: string;
  source?: string;
  note?: string;
  accessed?: string;
  summary?: string;
  measureLabel?: string;
  valueField?: string;
  locale?: string;
  /** The `spec-patch` object, checked (see specPatchOf). */
  specPatch?: Record<string, unknown>;
  customizeSpec?: CustomizeSpec;
}

/** The chart named, or a DataError listing them all. */
export function chartTag(kind: string): ChartTag {
  if ((CHART_TAGS as readonly string[]).includes(kind)) return kind as ChartTag;
  throw new DataError('unknownChart', { kind, kinds: CHART_TAGS.join(', ') });
}

/** How rows are read into events, checked: the `format`, `*-field` and `measure` options. */
export type ResolvedReading = Pick<
  ResolvedOptions,
  'format' | 'fields' | 'measure' | 'requireFatalities' | 'exactDates' | 'valueField'
>;
/** What is counted, checked: the filters, aliases, actor role, civilians and top N. */
export type ResolvedCounting = Pick<
  ResolvedOptions,
  'measure' | 'filters' | 'aliases' | 'actorRole' | 'includeCivilians' | 'top'
>;

const text = (value: string | number | undefined) => (value === undefined || value === null ? undefined : String(value));

/** Checks the options that say how rows are read. */
export function resolveReading(options: ReadingOptions & { measure?: string }): ResolvedReading {
  return reading(options, {
    format: choice('format', options.format),
    measure: choice('measure', options.measure),
    datePrecision: choice('date-precision', options.datePrecision),
  });
}

/** Checks the options that say what is counted. */
export function resolveCounting(options: CountingOptions & { top?: number }): ResolvedCounting {
  return counting(options, { measure: choice('measure', options.measure), actorRole: choice('actor-role', options.actorRole) });
}

type Chosen = Record<string, string>;

function reading(options: ReadingOptions, chosen: Chosen): ResolvedReading {
  const measure = chosen.measure as Measure;
  const actors = listOf(options.actorField);
  return {
    format: chosen.format as FormatOption,
    fields: {
      date: options.dateField || undefined,
      country: options.countryField || undefined,
      actor: actors?.slice(0, 2),
      type: options.typeField || undefined,
      fatalities: options.fatalitiesField || undefined,
      value: options.valueField || undefined,
      low: options.lowField || undefined,
      high: options.highField || undefined,
      region: options.regionField || undefined,
    },
    measure,
    requireFatalities: measure === 'fatalities' && !options.valueField,
    exactDates: chosen.datePrecision === 'exact',
    valueField: options.valueField || undefined,
  };
}

function counting(options: CountingOptions & { top?: number }, chosen: Chosen): ResolvedCounting {
  return {
    measure: chosen.measure as Measure,
    filters: {
      from: periodOf('from', text(options.from)),
      to: periodOf('to', text(options.to)),
      countries: listOf(nameList(options.countries)),
      actors: listOf(nameList(options.actors)),
      eventTypes: listOf(nameList(options.eventTypes)),
    },
    aliases: { ...jsonOf<Record<string, string>>('aliases', options.aliases) },
    actorRole: chosen.actorRole as ActorRole,
    includeCivilians: Boolean(options.includeCivilians),
    top: positiveInteger(options.top, 8),
  };
}

/**
 * Checks every option of `tag` and reads it into its typed form.
 * @throws {DataError} naming the first attribute whose value is not accepted.
 */
export function resolveOptions(
  tag: ChartTag,
  options: ChartOptions,
  childAnnotations: readonly Partial<TimelineAnnotation>[] = [],
): ResolvedOptions {
  const chosen = choices(tag, options);
  return {
    tag,
    ...reading(options, chosen),
    ...counting(options, chosen),
    interval: (chosen.interval ?? 'month') as Interval,
    groupBy: chosen.groupBy ?? 'none',
    mark: (chosen.mark ?? 'bar') as TimelineMark | MapMark,
    annotations: tag === 'attack-timeline' ? readAnnotations(jsonOf('annotations', options.annotations), childAnnotations) : [],
    highlight: tag === 'country-comparison' ? options.highlight : undefined,
    uncertainty: (chosen.uncertainty ?? 'none') as Uncertainty,
    compare: (chosen.compare ?? 'none') as CompareOption,
    smallMultiples: (chosen.smallMultiples ?? 'none') as SmallMultiples,
    boundaries: tag === 'conflict-map' ? options.boundaries || undefined : undefined,
    boundaryKey: options.boundaryKey || undefined,
    colors: { ...jsonOf<Record<string, string>>('colors', options.colors) },
    theme: chosen.theme as ThemeOption,
    renderer: chosen.renderer as Renderer,
    loading: chosen.loading as LoadingMode,
    height: options.height !== undefined && options.height !== null && options.height > 0 ? options.height : undefined,
    heading: options.heading,
    description: options.description,
    source: options.source,
    note: options.note,
    accessed: options.accessed,
    summary: options.summary,
    measureLabel: options.measureLabel,
    locale: options.locale,
    specPatch: specPatchOf(options.specPatch),
    customizeSpec: typeof options.customizeSpec === 'function' ? options.customizeSpec : undefined,
  };
}

/** One shared `choice` attribute checked against the table's words. */
function choice(attribute: string, value: string | undefined): string {
  const spec = ATTRIBUTES.find((entry) => entry.attribute === attribute)!;
  return oneOf(attribute, value, spec.values as readonly string[], String(spec.default));
}

/** Every `choice` attribute of the chart, checked against the table's words for that chart. */
function choices(tag: ChartTag, options: ChartOptions): Chosen {
  const chosen: Chosen = {};
  for (const spec of attributesOf(tag)) {
    const allowed = choicesOf(spec, tag);
    if (spec.kind !== 'choice' || !allowed) continue;
    const value = (options as Record<string, unknown>)[spec.property];
    chosen[spec.property] = oneOf(spec.attribute, value as string | undefined, allowed, String(defaultOf(spec, tag)));
  }
  return chosen;
}

function annotationDay(value: unknown, end: boolean): string {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new DataError('annotationDate', { value: String(value) });
  return formatDay(end ? periodEnd(parsed) : periodStart(parsed));
}

/**
 * Dated rules and spans, with their days checked: `{date, label}` or `{from, to, label}`
 * (inclusive periods), the listed ones first, then those typed as children.
 */
export function readAnnotations(list: unknown, children: readonly Partial<TimelineAnnotation>[] = []): TimelineAnnotation[] {
  if (list !== undefined && !Array.isArray(list)) throw new DataError('annotationsNotList');
  return [...((list ?? []) as Partial<TimelineAnnotation>[]), ...children].map(({ date, from, to, label }) => {
    if (!date && !from) throw new DataError('annotationNeedsDate', { label: String(label ?? '') });
    return from
      ? { from: annotationDay(from, false), to: annotationDay(to ?? from, true), label: String(label ?? '') }
      : { date: annotationDay(date, false), label: String(label ?? '') };
  });
}
