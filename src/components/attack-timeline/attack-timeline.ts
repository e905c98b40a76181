import { nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatCalendarDay, formatNumber, formatPeriod } from '../../a11y/format.js';
import { dataTable, type TableColumn } from '../../a11y/data-table.js';
import { ChartElement } from '../../base/chart-element.js';
import { jsonOf } from '../../base/attribute-values.js';
import { defineElement } from '../../base/define.js';
import { readAnnotations, timelineGroupBy, timelineInterval, type ChartOptions } from '../../core/chart-options.js';
import { DataError } from '../../data/errors.js';
import type { Interval, TimelineGroupBy, TimelineRow } from '../../data/types.js';
import type { ChartLocale } from '../../locale/types.js';
import type { TimelineAnnotation, TimelineMark } from '../../specs/attack-timeline-spec.js';
import { VERSION } from '../../version.js';
import '../cc-annotation/cc-annotation.js';

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

  protected override loadDefinition() {
    return import('../../core/definitions/attack-timeline.js').then((module) => module.attackTimelineDefinition);
  }

  protected override describeRow(row: TimelineRow, locale: ChartLocale): string {
    const group = row.group ? `${row.group}, ` : '';
    return `${formatPeriod(row.period, this.validInterval(), locale)}: ${group}${formatNumber(row.value, locale)}`;
  }

  protected override tableColumns(measureLabel: string, locale: ChartLocale): TableColumn<TimelineRow>[] {
    const s = locale.strings;
    const interval = this.validInterval();
    const groupBy = timelineGroupBy(this);
    const grouped = groupBy !== 'none';
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
      notes = readAnnotations(this.specOptions().annotations as TimelineAnnotation[]);
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
    return timelineInterval(this);
  }

  /** The attributes as chart options, with `<cc-annotation>` children added to `annotations`. */
  protected override specOptions(): ChartOptions {
    const listed = jsonOf<TimelineAnnotation[]>('annotations', this.annotations);
    if (listed !== undefined && !Array.isArray(listed)) throw new DataError('annotationsNotList');
    const typed = Array.from(this.querySelectorAll(':scope > cc-annotation'), (child) => ({
      date: child.getAttribute('date') ?? undefined,
      from: child.getAttribute('from') ?? undefined,
      to: child.getAttribute('to') ?? undefined,
      label: (child.textContent ?? '').trim(),
    }));
    return { interval: this.interval, groupBy: this.groupBy, mark: this.mark, annotations: [...(listed ?? []), ...typed] };
  }
}

defineElement('attack-timeline', AttackTimeline, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'attack-timeline': AttackTimeline;
  }
}
