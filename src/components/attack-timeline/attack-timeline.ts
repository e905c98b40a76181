import { property } from 'lit/decorators.js';
import type { TopLevelSpec } from 'vega-lite';
import { ChartElement, type CountingContext } from '../../base/chart-element.js';
import { jsonOf, oneOf } from '../../base/attribute-values.js';
import { defineElement } from '../../base/define.js';
import { aggregateTimeline, type Events } from '../../data/aggregate.js';
import { parseCalendarDate, formatDay, periodEnd, periodStart } from '../../data/dates.js';
import '../cc-annotation/cc-annotation.js';
import { DataError } from '../../data/errors.js';
import type { Interval, TimelineGroupBy, TimelineRow } from '../../data/types.js';
import type { ChartLocale } from '../../locale/types.js';
import {
  attackTimelineSpec,
  type TimelineAnnotation,
  type TimelineMark,
} from '../../specs/attack-timeline-spec.js';
import type { SpecContext } from '../../specs/common.js';
import { VERSION } from '../../version.js';
import { formatCalendarDay, formatNumber, formatPeriod } from '../../a11y/format.js';
import { dataTable, type TableColumn } from '../../a11y/data-table.js';
import { nothing, type TemplateResult } from 'lit';
import { timelineSummary } from '../../a11y/summary.js';
import { renameGroups } from '../../data/rename-groups.js';

const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
const GROUPINGS = ['none', 'actor', 'country', 'event-type'] as const;
const MARKS = ['bar', 'line', 'area'] as const;

/**
 * Events or fatalities over time, by day, week, month, quarter or year, optionally split by
 * actor, country or event type, with dated annotations (a coup, a withdrawal).
 *
 * ```html
 * <attack-timeline src="ucdp_ged_nigeria_2017-2019.csv" group-by="actor" interval="quarter"></attack-timeline>
 * ```
 *
 * @summary Events or fatalities over time from ACLED, UCDP GED or any event table.
 * @tagname attack-timeline
 *
 * @prop {TimelineRow[]} chartData - The rows drawn: `{period, group?, value}`, `period` the bin start as `YYYY-MM-DD`; periods with no events have value 0.
 * @fires {CcSelectEvent} cc-select - A period chosen by click or keyboard; `detail` is its `chartData` row.
 */
export class AttackTimeline extends ChartElement<TimelineRow> {
  /** Width of each period: `day`, `week` (ISO, from Monday), `month` (default), `quarter` or `year`. */
  @property() interval: Interval = 'month';
  /** Split the counts into series: `none` (default), `actor`, `country` or `event-type`. */
  @property({ attribute: 'group-by' }) groupBy: TimelineGroupBy = 'none';
  /** `bar` (default, stacked when grouped), `line` or `area`. */
  @property() mark: TimelineMark = 'bar';
  /** Dated notes `[{date, label}]` drawn as labelled rules (JSON in the attribute). */
  @property() annotations?: TimelineAnnotation[] | string;

  protected override needsCountry(): boolean {
    return this.groupBy === 'country' || super.needsCountry();
  }

  protected override aggregate(events: Events, counting: CountingContext): TimelineRow[] {
    const groupBy = oneOf('group-by', this.groupBy, GROUPINGS, 'none');
    const rows = aggregateTimeline(events, {
      ...counting,
      interval: oneOf('interval', this.interval, INTERVALS, 'month'),
      groupBy,
    });
    return groupBy === 'event-type' ? renameGroups(rows, counting.eventTypeNames) : rows;
  }

  protected override buildSpec(rows: TimelineRow[], context: SpecContext): TopLevelSpec {
    const s = context.locale.strings;
    const groupBy = oneOf('group-by', this.groupBy, GROUPINGS, 'none');
    return attackTimelineSpec(rows, {
      ...context,
      height: context.height ?? 300,
      interval: oneOf('interval', this.interval, INTERVALS, 'month'),
      mark: oneOf('mark', this.mark, MARKS, 'bar'),
      groupTitle: groupBy === 'country' ? s.country : groupBy === 'event-type' ? s.eventType : s.actor,
      annotations: readAnnotations(jsonOf<TimelineAnnotation[]>('annotations', this.annotations), this),
    });
  }

  protected override describeRow(row: TimelineRow, locale: ChartLocale): string {
    const group = row.group ? `${row.group}, ` : '';
    return `${formatPeriod(row.period, this.validInterval(), locale)}: ${group}${formatNumber(row.value, locale)}`;
  }

  protected override summarize(rows: TimelineRow[], measureLabel: string, locale: ChartLocale): string {
    const summary = timelineSummary(rows, this.validInterval(), { measureLabel, locale });
    const notes = readAnnotations(jsonOf<TimelineAnnotation[]>('annotations', this.annotations), this).map(
      (note) => `${note.label} (${formatCalendarDay((note.date ?? note.from)!, '%-d %B %Y', locale)})`,
    );
    return notes.length ? `${summary} ${locale.strings.marked(notes.join('; '))}` : summary;
  }

  protected override tableColumns(measureLabel: string, locale: ChartLocale): TableColumn<TimelineRow>[] {
    const s = locale.strings;
    const interval = this.validInterval();
    const grouped = this.groupBy !== 'none';
    const groupBy = oneOf('group-by', this.groupBy, GROUPINGS, 'none');
    return [
      { label: s.period, cell: (row) => formatPeriod(row.period, interval, locale) },
      ...(grouped
        ? [{ label: groupBy === 'country' ? s.country : groupBy === 'event-type' ? s.eventType : s.actor, cell: (row: TimelineRow) => row.group ?? '' }]
        : []),
      { label: measureLabel, cell: (row) => formatNumber(row.value, locale), numeric: true },
    ];
  }

  protected override extraTables(locale: ChartLocale): TemplateResult | typeof nothing {
    let notes: TimelineAnnotation[];
    try {
      notes = readAnnotations(jsonOf<TimelineAnnotation[]>('annotations', this.annotations), this);
    } catch {
      return nothing;
    }
    if (!notes.length) return nothing;
    const day = (value: string) => formatCalendarDay(value, '%-d %B %Y', locale);
    const columns: TableColumn<TimelineAnnotation>[] = [
      { label: locale.strings.period, cell: (note) => (note.from ? `${day(note.from)} – ${day(note.to!)}` : day(note.date!)) },
      { label: locale.strings.notePrefix, cell: (note) => note.label },
    ];
    return dataTable(notes, columns, locale.strings.marked('').replace(/[.:\s]+$/, ''));
  }

  private validInterval(): Interval {
    return oneOf('interval', this.interval, INTERVALS, 'month');
  }
}

/** A `YYYY-MM-DD` day from an annotation's date, or a reader-facing error. */
function annotationDay(value: unknown): string {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new DataError(`The annotation date "${String(value)}" is not a date; write it as 2020-08-18.`);
  return formatDay(periodStart(parsed));
}

/** The last day of an annotation span's `to`, so `to="2022-08"` runs through 31 August. */
function annotationEnd(value: unknown): string {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new DataError(`The annotation date "${String(value)}" is not a date; write it as 2020-08-18.`);
  return formatDay(periodEnd(parsed));
}

/** Annotations from the `annotations` property and from `<cc-annotation>` children, checked. */
function readAnnotations(list: TimelineAnnotation[] | undefined, host: Element): TimelineAnnotation[] {
  if (list !== undefined && !Array.isArray(list)) throw new DataError('annotations must be a list of {date, label}.');
  const children = Array.from(host.querySelectorAll(':scope > cc-annotation'), (child) => ({
    date: child.getAttribute('date') ?? undefined,
    from: child.getAttribute('from') ?? undefined,
    to: child.getAttribute('to') ?? undefined,
    label: (child.textContent ?? '').trim(),
  }));
  return [...(list ?? []), ...children].map(({ date, from, to, label }) => {
    if (!date && !from) throw new DataError(`The annotation "${String(label ?? '')}" needs a date, or from and to.`);
    return from
      ? { from: annotationDay(from), to: annotationEnd(to ?? from), label: String(label ?? '') }
      : { date: annotationDay(date), label: String(label ?? '') };
  });
}

defineElement('attack-timeline', AttackTimeline, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'attack-timeline': AttackTimeline;
  }
}
