import type { TopLevelSpec } from 'vega-lite';
import type { Table } from '../data/load.js';
import { jsonOf, listOf, oneOf, periodOf } from '../base/attribute-values.js';
import { formatCalendarDay } from '../a11y/format.js';
import { timelineSummary } from '../a11y/summary.js';
import type { Events } from '../data/aggregate.js';
import { mergeAliases } from '../data/aliases.js';
import { normalizeRows, normalizeRowsInSlices } from '../data/normalize.js';
import type { AggregateOptions, DataFormat, FieldMapping, Measure, NormalizeResult, TimelineRow } from '../data/types.js';
import type { ChartLocale } from '../locale/types.js';
import type { TimelineAnnotation } from '../specs/attack-timeline-spec.js';
import type { SpecContext } from '../specs/common.js';
import {
  ACTOR_ROLES,
  FORMATS,
  MEASURES,
  nameList,
  readAnnotations,
  timelineInterval,
  type ChartOptions,
  type CountingOptions,
  type ReadingOptions,
} from './chart-options.js';

export * from './chart-options.js';

/*
 * What each chart does between its table and its spec, without lit, the DOM or Node: the
 * attribute defaults and checks (`oneOf`, `listOf`, `periodOf`, `jsonOf`), the counting
 * context, the aggregate function and spec builder with their options, and the summary. The
 * elements (src/components) and the CLI (src/cli) both call these, so they cannot drift apart;
 * test/cli/browser-parity.test.mjs still draws the same charts both ways and compares.
 */

/** Everything an element needs to count its events (its `CountingContext`). */
export interface CountingContext extends AggregateOptions {
  format: DataFormat;
  eventTypeNames: Record<string, string>;
}

/** What differs between the three charts; the rest of the pipeline is shared. */
export interface ChartDefinition {
  needsCountry(options: ChartOptions): boolean;
  aggregate(events: Events, counting: CountingContext, options: ChartOptions): object[];
  buildSpec(rows: object[], context: SpecContext, options: ChartOptions): TopLevelSpec;
  summarize(rows: object[], measureLabel: string, locale: ChartLocale, options: ChartOptions): string;
}

/** The element's timeline summary: the chart in words, then the dated notes. */
export function timelineSummaryWithNotes(rows: TimelineRow[], measureLabel: string, locale: ChartLocale, options: ChartOptions): string {
  const summary = timelineSummary(rows, timelineInterval(options), { measureLabel, locale });
  const notes = readAnnotations(jsonOf<TimelineAnnotation[]>('annotations', options.annotations)).map(
    (note) => `${note.label} (${formatCalendarDay((note.date ?? note.from)!, '%-d %B %Y', locale)})`,
  );
  return notes.length ? `${summary} ${locale.strings.marked(notes.join('; '))}` : summary;
}

function text(value: string | number | undefined): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/** The `*-field` attributes as a field mapping (the element's `fieldMapping`). */
export function fieldMapping(options: ReadingOptions): FieldMapping {
  const actor = listOf(options.actorField);
  return {
    date: options.dateField || undefined,
    country: options.countryField || undefined,
    actor: actor?.slice(0, 2),
    type: options.typeField || undefined,
    fatalities: options.fatalitiesField || undefined,
    value: options.valueField || undefined,
  };
}

/** Reads a table into events exactly as an element does (its `readEvents`). */
export function readEvents(table: Table, options: ReadingOptions & { measure?: Measure }, requireCountry: boolean): NormalizeResult {
  const measure = oneOf('measure', options.measure, MEASURES, 'events');
  return normalizeRows(table.rows, table.columns, {
    format: oneOf('format', options.format, FORMATS, 'auto'),
    fields: fieldMapping(options),
    requireCountry,
    requireFatalities: measure === 'fatalities' && !options.valueField,
  });
}

/**
 * {@link readEvents} in slices between which the page keeps responding (a million rows never
 * make one long task); charts of the same loaded file share one reading per set of options.
 */
export function readEventsInSlices(
  table: Table,
  options: ReadingOptions & { measure?: Measure },
  requireCountry: boolean,
  signal?: AbortSignal,
): Promise<NormalizeResult> {
  const measure = oneOf('measure', options.measure, MEASURES, 'events');
  return normalizeRowsInSlices(
    table.rows,
    table.columns,
    {
      format: oneOf('format', options.format, FORMATS, 'auto'),
      fields: fieldMapping(options),
      requireCountry,
      requireFatalities: measure === 'fatalities' && !options.valueField,
    },
    { signal },
  );
}

/** The element's `countingContext`, from options instead of attributes. */
export function countingContext(options: CountingOptions & { top?: number }, format: DataFormat, locale: ChartLocale): CountingContext {
  const top = options.top;
  return {
    format,
    measure: oneOf('measure', options.measure, MEASURES, 'events'),
    filters: {
      from: periodOf('from', text(options.from)),
      to: periodOf('to', text(options.to)),
      countries: listOf(nameList(options.countries)),
      actors: listOf(nameList(options.actors)),
      eventTypes: listOf(nameList(options.eventTypes)),
    },
    aliases: mergeAliases(jsonOf<Record<string, string>>('aliases', options.aliases)),
    actorRole: oneOf('actor-role', options.actorRole, ACTOR_ROLES, 'any'),
    includeCivilians: Boolean(options.includeCivilians),
    top: top !== undefined && Number.isFinite(top) && top > 0 ? Math.floor(top) : 8,
    otherLabel: locale.strings.other,
    eventTypeNames: locale.strings.eventTypes,
  };
}

/** Series names in first-seen order, without the "Other" bucket (the element's `groupNames`). */
export function groupNames(rows: readonly object[], otherLabel: string): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    const group = (row as { group?: string }).group;
    if (group !== undefined && group !== otherLabel) names.add(group);
  }
  return [...names];
}
