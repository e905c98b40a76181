import type { TopLevelSpec } from 'vega-lite';
import type { Interval, TimelineRow } from '../data/types.js';
import { NUMBER_FORMAT, colorEncoding, frame, groupsOf, stackTransforms, valueTickCount, type SpecContext } from './common.js';

export type TimelineMark = 'bar' | 'line' | 'area';

/** A dated note drawn on the timeline: a coup (`date`), or a withdrawal spanning `from`–`to`. */
export interface TimelineAnnotation {
  /** `YYYY-MM-DD`: a rule on this day. */
  date?: string;
  /** `YYYY-MM-DD`: a shaded span from this day… */
  from?: string;
  /** …through this day (inclusive). */
  to?: string;
  label: string;
}

export interface TimelineSpecOptions extends SpecContext {
  interval: Interval;
  mark: TimelineMark;
  /** Legend title for grouped series ("Actor", "Country"). */
  groupTitle: string;
  annotations?: TimelineAnnotation[];
}

const PERIOD_LENGTH: Record<Interval, [unit: string, step: number]> = {
  day: ['day', 1],
  week: ['day', 7],
  month: ['month', 1],
  quarter: ['month', 3],
  year: ['year', 1],
};

/** Opacity of the last period's marks when the data ends before the period does. */
const PARTIAL_OPACITY = 0.5;

/** Bars fill this share of their period, leaving a gap between neighbours. */
const BAR_FILL = 0.86;

// Rows keep `period` as the `YYYY-MM-DD` string users see in chartData; Vega parses it
// as a UTC date so every time zone bins and labels it on the same calendar day.
const PARSE_PERIOD = { period: "utc:'%Y-%m-%d'" };

function periodLabelExpr(interval: Interval, ctx: SpecContext): string {
  if (interval === 'quarter') {
    const q = JSON.stringify(ctx.locale.strings.quarterLabel);
    return `${q} + (floor(utcmonth(datum.period) / 3) + 1) + ' ' + utcyear(datum.period)`;
  }
  return `utcFormat(datum.period, ${JSON.stringify(ctx.locale.strings.periodFormat[interval])})`;
}

function utcTimestamp(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

const LANE_HEIGHT = 14;
/** Rough width of one label character at the axis font size, for lane assignment. */
const CHARACTER_WIDTH = 6.5;

/**
 * Rules for one-day annotations, shaded bands for spans, and their labels stacked in lanes so
 * that neighbours do not overprint each other on a narrow screen. Dates are UTC timestamps: a
 * parse format here is applied twice by Vega-Lite and drops them.
 */
function annotationLayers(annotations: TimelineAnnotation[], rows: TimelineRow[], options: TimelineSpecOptions): object[] {
  if (!annotations.length) return [];
  const times = rows.map((row) => utcTimestamp(row.period));
  const start = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - start);
  const plotWidth = Math.max(60, options.width - 60);
  const laneEnds: number[] = [];
  const values = annotations
    .map((a) => ({ ...a, at: utcTimestamp((a.date ?? a.from)!) }))
    .sort((a, b) => a.at - b.at)
    .map((a) => {
      const x = ((a.at - start) / span) * plotWidth;
      const width = Math.min(a.label.length * CHARACTER_WIDTH, options.width / 3) + 8;
      let lane = laneEnds.findIndex((end) => end <= x);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = x + width;
      return {
        start: a.at,
        end: a.to ? utcTimestamp(a.to) + 86_400_000 : null,
        label: a.label,
        laneY: 2 + lane * LANE_HEIGHT,
      };
    });
  const data = { values };
  const x = { field: 'start', type: 'temporal' as const };
  const tooltip = [{ field: 'label', type: 'nominal' as const, title: options.locale.strings.notePrefix }];
  return [
    {
      data,
      transform: [{ filter: 'datum.end != null' }],
      mark: { type: 'rect', color: options.tokens.muted, opacity: 0.14 },
      encoding: { x, x2: { field: 'end' }, tooltip },
    },
    {
      data,
      transform: [{ filter: 'datum.end == null' }],
      mark: { type: 'rule', strokeDash: [4, 3], color: options.tokens.muted },
      encoding: { x, tooltip },
    },
    {
      data,
      mark: {
        type: 'text',
        align: 'left',
        baseline: 'top',
        dx: 4,
        color: options.tokens.text,
        limit: Math.max(60, options.width / 3),
      },
      encoding: { x, y: { field: 'laneY', type: 'quantitative', scale: null }, text: { field: 'label' } },
    },
  ];
}

/** Room for one axis label, in pixels. */
const LABEL_SPACE = 80;

/**
 * Ticks on whole periods for coarse intervals (no "April" ticks under yearly bars), at most
 * one per label's width.
 */
function tickCount(interval: Interval, rows: TimelineRow[], groupCount: number, width: number) {
  const maxTicks = Math.max(2, Math.floor(width / LABEL_SPACE));
  const periods = Math.max(1, rows.length / Math.max(1, groupCount));
  const every = Math.max(1, Math.ceil(periods / maxTicks));
  if (interval === 'year') return { interval: 'year' as const, step: every };
  if (interval === 'quarter') return { interval: 'month' as const, step: 3 * every };
  if (interval === 'month')
    return { interval: 'month' as const, step: every <= 1 ? 1 : every <= 3 ? 3 : every <= 6 ? 6 : 12 * Math.ceil(every / 12) };
  return maxTicks;
}

/**
 * The Vega-Lite spec for `<attack-timeline>`: `rows` are drawn as they are (they are
 * already counted), one bar, point or area vertex per period and group.
 */
export function attackTimelineSpec(rows: TimelineRow[], options: TimelineSpecOptions): TopLevelSpec {
  const { interval, mark, locale } = options;
  const groups = groupsOf(rows);
  const grouped = groups.length > 0;
  const [unit, step] = PERIOD_LENGTH[interval];
  const strings = locale.strings;

  const x = {
    field: 'period',
    type: 'temporal' as const,
    title: null,
    scale: { type: 'utc' as const },
    axis: { labelOverlap: true, tickCount: tickCount(interval, rows, groups.length, options.width) },
  };
  // Stacked series are stacked explicitly: Vega-Lite's implicit stack does not group ranged
  // (x/x2) bars by period.
  const stacked = grouped && mark !== 'line';
  const y = {
    field: stacked ? '_y1' : 'value',
    type: 'quantitative' as const,
    title: options.measureLabel,
    stack: null,
    scale: { zero: true },
    axis: { format: NUMBER_FORMAT, tickMinStep: 1, tickCount: valueTickCount(options.height ?? 300) },
  };
  const tooltip = [
    { field: '_label', type: 'nominal' as const, title: strings.period },
    ...(grouped ? [{ field: 'group', type: 'nominal' as const, title: options.groupTitle }] : []),
    { field: 'value', type: 'quantitative' as const, title: options.measureLabel, format: NUMBER_FORMAT },
  ];
  const color = grouped ? { color: colorEncoding('group', options.groupTitle, groups, options) } : {};

  const main = {
    transform: [
      {
        calculate: `${periodLabelExpr(interval, options)} + (datum.partial ? ${JSON.stringify(` ${strings.toDate}`)} : '')`,
        as: '_label',
      },
      {
        calculate: `+datum.period + ${BAR_FILL} * (utcOffset('${unit}', datum.period, ${step}) - datum.period)`,
        as: '_end',
      },
      ...(stacked ? stackTransforms('period', groups) : []),
    ],
    mark:
      mark === 'bar'
        ? { type: 'bar' as const }
        : mark === 'line'
          ? { type: 'line' as const, point: rows.length / Math.max(1, groups.length) <= 60 }
          : { type: 'area' as const, line: true, opacity: 0.85 },
    encoding: {
      x,
      ...(mark === 'bar' ? { x2: { field: '_end' } } : {}),
      y,
      // Ranged (x/x2) bars get no implicit baseline: without y2 they would be drawn as dashes.
      ...(stacked ? { y2: { field: '_y0' } } : mark === 'bar' ? { y2: { datum: 0 } } : {}),
      ...color,
      // A period the data does not cover to its end is drawn lighter: "July to date".
      ...(rows.some((row) => row.partial)
        ? { opacity: { condition: { test: 'datum.partial', value: PARTIAL_OPACITY }, value: 1 } }
        : {}),
      tooltip,
    },
  };

  const layers: object[] = [main, ...annotationLayers(options.annotations ?? [], rows, options)];

  return {
    ...frame(options),
    data: { values: rows, format: { parse: PARSE_PERIOD } },
    layer: layers,
  } as TopLevelSpec;
}
