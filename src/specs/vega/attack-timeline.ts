import type { Spec } from 'vega';
import type { TimelineRow } from '../../data/types.js';
import {
  AREA_OPACITY,
  PARTIAL_OPACITY,
  timelineParts,
  type PlacedAnnotation,
  type TimelineSpecOptions,
} from '../attack-timeline-spec.js';
import { colorRange, frame, NUMBER_FORMAT } from '../common.js';
import { colorLegend, gridAxis, tooltipSignal, valueSignals, vegaFrame } from './frame.js';
import { timelineBandVega } from './uncertainty.js';

/**
 * The rows with their dates parsed, labelled, ended and (areas, bars) stacked. Names as in
 * Vega-Lite's output (`data_0`, `layer_0_marks`), so pages and tests that reach into the view
 * or style the marks by class find them as before.
 */
const PERIODS = 'data_0';
const MAIN_MARKS = 'layer_0_marks';
const NOTES = 'notes';
const SPANS = 'spans';
const DAYS = 'days';

type Encode = Record<string, unknown>;

/** Annotations: shaded spans, dashed rules for single days, and their labels in lanes. */
function annotationMarks(options: TimelineSpecOptions): object[] {
  const tooltip = tooltipSignal([{ field: 'label', title: options.locale.strings.notePrefix }]);
  const fullHeight = { y: { value: 0 }, y2: { field: { group: 'height' } } };
  const x = { scale: 'x', field: 'start' };
  return [
    {
      type: 'rect',
      style: ['rect'],
      aria: false,
      from: { data: SPANS },
      encode: {
        update: {
          opacity: { value: 0.14 },
          fill: { value: options.tokens.muted },
          tooltip,
          x,
          x2: { scale: 'x', field: 'end' },
          ...fullHeight,
        },
      },
    },
    {
      type: 'rule',
      style: ['rule'],
      aria: false,
      from: { data: DAYS },
      encode: { update: { strokeDash: { value: [4, 3] }, stroke: { value: options.tokens.muted }, tooltip, x, ...fullHeight } },
    },
    {
      type: 'text',
      style: ['text'],
      aria: false,
      from: { data: NOTES },
      encode: {
        update: {
          align: { value: 'left' },
          baseline: { value: 'top' },
          dx: { value: 4 },
          limit: { value: Math.max(60, options.width / 3) },
          fill: { value: options.tokens.text },
          x,
          y: { field: 'laneY' },
          text: { signal: "'' + datum.label" },
          fontSize: { value: options.tokens.fontSize },
        },
      },
    },
  ];
}

/** A line or area per group (one path each), or one for the single series. */
function pathMark(type: 'line' | 'area', grouped: boolean, encode: Encode, name: string): object {
  const mark = { name, type, style: [type], sort: { field: 'x' }, aria: false, encode: { update: encode } };
  if (!grouped) return { ...mark, from: { data: PERIODS } };
  const facet = `${name}_series`;
  return {
    type: 'group',
    from: { facet: { name: facet, data: PERIODS, groupby: ['group'] } },
    encode: { update: { width: { field: { group: 'width' } }, height: { field: { group: 'height' } } } },
    marks: [{ ...mark, from: { data: facet } }],
  };
}

/**
 * The Vega spec for `<attack-timeline>`: the chart its Vega-Lite spec (attack-timeline-spec.ts)
 * compiles to, built directly so that no page needs Vega-Lite's compiler to draw it.
 */
export function attackTimelineVegaSpec(rows: TimelineRow[], options: TimelineSpecOptions): Spec {
  const { mark, tokens } = options;
  const parts = timelineParts(rows, options);
  const { groups, grouped, stacked, annotations } = parts;
  const { rows: source, ...top } = vegaFrame(options, frame(options), rows);
  const values = valueSignals();

  const data: object[] = [source];
  if (stacked) data.push({ name: 'order', values: groups.map((group, order) => ({ group, order })) });
  data.push({
    name: PERIODS,
    source: source.name,
    transform: [
      { type: 'formula', expr: "utcParse(datum.period, '%Y-%m-%d')", as: 'period' },
      { type: 'formula', expr: parts.labelExpr, as: '_label' },
      { type: 'formula', expr: parts.endExpr, as: '_end' },
      ...(stacked
        ? [
            { type: 'lookup', from: 'order', key: 'group', fields: ['group'], values: ['order'], as: ['_order'] },
            {
              type: 'stack',
              groupby: ['period'],
              field: 'value',
              sort: { field: ['_order'], order: ['ascending'] },
              as: ['_y0', '_y1'],
              offset: 'zero',
            },
          ]
        : []),
    ],
  });
  if (annotations.length) {
    data.push(
      { name: NOTES, values: annotations satisfies PlacedAnnotation[] },
      { name: SPANS, source: NOTES, transform: [{ type: 'filter', expr: 'datum.end != null' }] },
      { name: DAYS, source: NOTES, transform: [{ type: 'filter', expr: 'datum.end == null' }] },
    );
  }

  const color = (channel: 'fill' | 'stroke') => ({
    [channel]: grouped ? { scale: 'color', field: 'group' } : { value: tokens.palette[0] },
  });
  // The partial period's condition, else the mark's own opacity (areas only; 1 is left out).
  const opacity = (value = 1) =>
    parts.partial
      ? { opacity: [{ test: 'datum.partial', value: PARTIAL_OPACITY }, { value: 1 }] }
      : value === 1
        ? {}
        : { opacity: { value } };
  const tooltip = tooltipSignal(parts.tooltip);
  const x = { x: { scale: 'x', field: 'period' } };
  const top1 = { y: { scale: 'y', field: stacked ? '_y1' : 'value' } };
  const base = { y2: stacked ? { scale: 'y', field: '_y0' } : { scale: 'y', value: 0 } };
  const strokeWidth = { strokeWidth: { value: (options.config.line as { strokeWidth: number }).strokeWidth } };

  const marks: object[] = [];
  if (mark === 'bar') {
    marks.push({
      name: MAIN_MARKS,
      type: 'rect',
      style: ['bar'],
      aria: false,
      from: { data: PERIODS },
      encode: { update: { ...color('fill'), ...opacity(), tooltip, ...x, x2: { scale: 'x', field: '_end' }, ...top1, ...base } },
    });
  } else if (mark === 'area') {
    marks.push(
      pathMark(
        'area',
        grouped,
        { ...opacity(AREA_OPACITY), orient: { value: 'vertical' }, ...color('fill'), tooltip, ...x, ...top1, ...base },
        MAIN_MARKS,
      ),
      pathMark('line', grouped, { ...color('stroke'), ...opacity(), tooltip, ...x, ...top1, ...strokeWidth }, 'layer_0_edges'),
    );
  } else {
    marks.push(
      pathMark('line', grouped, { ...color('stroke'), ...opacity(), tooltip, ...x, ...top1, ...strokeWidth }, MAIN_MARKS),
    );
    if (parts.points) {
      marks.push({
        type: 'symbol',
        style: ['point'],
        aria: false,
        from: { data: PERIODS },
        // Vega-Lite writes the points' opacity even when it is 1.
        encode: {
          update: { ...(parts.partial ? opacity() : { opacity: { value: 1 } }), ...color('fill'), tooltip, ...x, ...top1 },
        },
      });
    }
  }
  if (annotations.length) marks.push(...annotationMarks(options));
  const band = timelineBandVega(
    rows,
    PERIODS,
    { mark, grouped, midExpr: parts.midExpr, labelExpr: parts.labelExpr, tooltip: parts.tooltip },
    options,
  );
  data.push(...band.data);
  marks.push(...band.marks);

  const xFields = [{ data: PERIODS, field: 'period' }];
  if (mark === 'bar') xFields.push({ data: PERIODS, field: '_end' });
  if (annotations.length) xFields.push({ data: NOTES, field: 'start' }, { data: SPANS, field: 'end' });
  const scales: object[] = [
    { name: 'x', type: 'utc', domain: { fields: xFields }, range: [0, { signal: 'width' }] },
    {
      name: 'y',
      type: 'linear',
      domain: { data: PERIODS, fields: stacked ? ['_y1', '_y0'] : band.data.length ? ['value', 'low', 'high'] : ['value'] },
      range: [{ signal: 'height' }, 0],
      zero: true,
      nice: true,
    },
  ];
  if (grouped)
    scales.push({
      name: 'color',
      type: 'ordinal',
      domain: values.ref('color_domain', groups),
      range: values.ref('color_range', colorRange(groups, tokens, options.otherLabel, options.colors)),
    });

  const yTicks = { tickCount: values.ref('y_tick_count', parts.yTicks), tickMinStep: 1 };
  const axes = [
    gridAxis('y', 'left', 'x', yTicks),
    {
      scale: 'x',
      orient: 'bottom',
      grid: false,
      labelOverlap: true,
      tickCount: values.ref('x_tick_count', parts.xTicks),
      labelFlush: true,
      zindex: 0,
    },
    {
      scale: 'y',
      orient: 'left',
      grid: false,
      title: options.measureLabel,
      format: NUMBER_FORMAT,
      ...yTicks,
      labelOverlap: true,
      zindex: 0,
    },
  ];

  const legends = grouped ? [timelineLegend(options, groups, parts, values, band.marks.length > 0)] : undefined;
  return { ...top, signals: values.signals, data, marks, scales, axes, ...(legends ? { legends } : {}) } as Spec;
}

/** The series legend, its symbols drawn like the marks (filled bars and areas, stroked lines). */
function timelineLegend(
  options: TimelineSpecOptions,
  groups: string[],
  parts: ReturnType<typeof timelineParts>,
  values: ReturnType<typeof valueSignals>,
  banded: boolean,
) {
  const { mark } = options;
  const channels =
    mark === 'bar'
      ? { fill: 'color' }
      : mark === 'area'
        ? { fill: 'color', stroke: 'color' }
        : // A band's shading fills the symbol as Vega-Lite's merged legend does.
          { stroke: 'color', ...(parts.points || banded ? { fill: 'color' } : {}) };
  const symbols: Encode = {};
  if (mark === 'line') symbols.strokeWidth = { value: (options.config.line as { strokeWidth: number }).strokeWidth };
  if (parts.partial) symbols.opacity = { value: 1 };
  else if (mark === 'area') symbols.opacity = { value: AREA_OPACITY };
  return colorLegend(options.groupTitle, groups, options, channels, values, Object.keys(symbols).length ? symbols : undefined);
}
