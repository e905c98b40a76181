import type { TopLevelSpec } from 'vega-lite';
import type { Interval, TimelineRow } from '../data/types.js';
import { rangeTooltip, timelineBandLayer } from './uncertainty-parts.js';
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
export const PARTIAL_OPACITY = 0.5;

/** Bars fill this share of their period, leaving a gap between neighbours. */
const BAR_FILL = 0.86;

/** Opacity of areas, so the grid shows through. */
export const AREA_OPACITY = 0.85;

// Rows keep `period` as the `YYYY-MM-DD` string users see in chartData; Vega parses it
// as a UTC date so every time zone bins and labels it on the same calendar day.
const PARSE_PERIOD = { period: "utc:'%Y-%m-%d'" };

export function periodLabelExpr(interval: Interval, ctx: SpecContext): string {
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

/** An annotation as drawn: UTC timestamps, its label and the label's lane (y, in pixels). */
export interface PlacedAnnotation {
  start: number;
  end: number | null;
  label: string;
  laneY: number;
}

/**
 * The annotations as drawn, their labels stacked in lanes so that neighbours do not overprint
 * each other on a narrow screen. Dates are UTC timestamps: a parse format in Vega-Lite would be
 * applied twice and drop them.
 */
export function placeAnnotations(annotations: TimelineAnnotation[], rows: TimelineRow[], width: number): PlacedAnnotation[] {
  if (!annotations.length) return [];
  const times = rows.map((row) => utcTimestamp(row.period));
  const start = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - start);
  const plotWidth = Math.max(60, width - 60);
  const laneEnds: number[] = [];
  return annotations
    .map((a) => ({ ...a, at: utcTimestamp((a.date ?? a.from)!) }))
    .sort((a, b) => a.at - b.at)
    .map((a) => {
      const x = ((a.at - start) / span) * plotWidth;
      const labelWidth = Math.min(a.label.length * CHARACTER_WIDTH, width / 3) + 8;
      let lane = laneEnds.findIndex((end) => end <= x);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = x + labelWidth;
      return { start: a.at, end: a.to ? utcTimestamp(a.to) + 86_400_000 : null, label: a.label, laneY: 2 + lane * LANE_HEIGHT };
    });
}

/** Rules for one-day annotations, shaded bands for spans, and their labels. */
function annotationLayers(values: PlacedAnnotation[], options: TimelineSpecOptions): object[] {
  if (!values.length) return [];
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
export function tickCount(interval: Interval, rows: TimelineRow[], groupCount: number, width: number) {
  const maxTicks = Math.max(2, Math.floor(width / LABEL_SPACE));
  const periods = Math.max(1, rows.length / Math.max(1, groupCount));
  const every = Math.max(1, Math.ceil(periods / maxTicks));
  if (interval === 'year') return { interval: 'year' as const, step: every };
  if (interval === 'quarter') return { interval: 'month' as const, step: 3 * every };
  if (interval === 'month')
    return { interval: 'month' as const, step: every <= 1 ? 1 : every <= 3 ? 3 : every <= 6 ? 6 : 12 * Math.ceil(every / 12) };
  return maxTicks;
}

/** What both builders draw (the Vega-Lite spec below and src/specs/vega/attack-timeline.ts). */
export function timelineParts(rows: TimelineRow[], options: TimelineSpecOptions) {
  const { interval, mark, locale } = options;
  const groups = groupsOf(rows);
  const grouped = groups.length > 0;
  const [unit, step] = PERIOD_LENGTH[interval];
  const strings = locale.strings;
  return {
    groups,
    grouped,
    // Stacked series are stacked explicitly: Vega-Lite's implicit stack does not group ranged
    // (x/x2) bars by period.
    stacked: grouped && mark !== 'line',
    /** The period in words, for the tooltip ("July 2025 to date"). */
    labelExpr: `${periodLabelExpr(interval, options)} + (datum.partial ? ${JSON.stringify(` ${strings.toDate}`)} : '')`,
    /** Where a bar ends: most of its period, leaving a gap before the next. */
    endExpr: `+datum.period + ${BAR_FILL} * (utcOffset('${unit}', datum.period, ${step}) - datum.period)`,
    /** The middle of a bar, where its error bar stands. */
    midExpr: `+datum.period + ${BAR_FILL / 2} * (utcOffset('${unit}', datum.period, ${step}) - datum.period)`,
    xTicks: tickCount(interval, rows, groups.length, options.width),
    yTicks: valueTickCount(options.height ?? 300),
    /** Points on a line while there are few enough periods to tell apart. */
    points: mark === 'line' && rows.length / Math.max(1, groups.length) <= 60,
    /** A period the data does not cover to its end is drawn lighter: "July to date". */
    partial: rows.some((row) => row.partial),
    tooltip: <{ field: string; title: string; format?: string }[]>[
      { field: '_label', title: strings.period },
      ...(grouped ? [{ field: 'group', title: options.groupTitle }] : []),
      { field: 'value', title: options.measureLabel, format: NUMBER_FORMAT },
      ...rangeTooltip(rows, options),
    ],
    annotations: placeAnnotations(options.annotations ?? [], rows, options.width),
  };
}

/**
 * The Vega-Lite spec for `<attack-timeline>`: `rows` are drawn as they are (they are
 * already counted), one bar, point or area vertex per period and group.
 */
export function attackTimelineSpec(rows: TimelineRow[], options: TimelineSpecOptions): TopLevelSpec {
  const { mark, tokens } = options;
  const parts = timelineParts(rows, options);
  const { groups, grouped, stacked } = parts;

  const x = {
    field: 'period',
    type: 'temporal' as const,
    title: null,
    scale: { type: 'utc' as const },
    axis: { labelOverlap: true, tickCount: parts.xTicks },
  };
  const y = {
    field: stacked ? '_y1' : 'value',
    type: 'quantitative' as const,
    title: options.measureLabel,
    stack: null,
    scale: { zero: true },
    axis: { format: NUMBER_FORMAT, tickMinStep: 1, tickCount: parts.yTicks },
  };
  const tooltip = parts.tooltip.map(({ field, title, format }) =>
    format ? { field, type: 'quantitative' as const, title, format } : { field, type: 'nominal' as const, title },
  );
  const color = grouped ? { color: colorEncoding('group', options.groupTitle, groups, options) } : {};

  const main = {
    transform: [
      { calculate: parts.labelExpr, as: '_label' },
      { calculate: parts.endExpr, as: '_end' },
      ...(stacked ? stackTransforms('period', groups) : []),
    ],
    mark:
      mark === 'bar'
        ? { type: 'bar' as const }
        : mark === 'line'
          ? // A single series' points in its colour (Vega-Lite's own blue otherwise).
            { type: 'line' as const, point: parts.points && (grouped || { color: tokens.palette[0] }) }
          : { type: 'area' as const, line: true, opacity: AREA_OPACITY },
    encoding: {
      x,
      ...(mark === 'bar' ? { x2: { field: '_end' } } : {}),
      y,
      // Ranged (x/x2) bars get no implicit baseline: without y2 they would be drawn as dashes.
      ...(stacked ? { y2: { field: '_y0' } } : mark === 'bar' ? { y2: { datum: 0 } } : {}),
      ...color,
      ...(parts.partial ? { opacity: { condition: { test: 'datum.partial', value: PARTIAL_OPACITY }, value: 1 } } : {}),
      tooltip,
    },
  };

  const band = timelineBandLayer(
    rows,
    { mark, grouped, midExpr: parts.midExpr, labelExpr: parts.labelExpr, tooltip: parts.tooltip },
    color.color,
    options,
  );
  const layers: object[] = [main, ...annotationLayers(parts.annotations, options), ...band];

  return {
    ...frame(options),
    data: { values: rows, format: { parse: PARSE_PERIOD } },
    layer: layers,
  } as TopLevelSpec;
}
