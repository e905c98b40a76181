export type {
  TimelineRow,
  ComparisonRow,
  BreakdownRow,
  MapRow,
  SkippedRecord,
  RawRow,
  Interval,
  Measure,
  FormatOption,
  TimelineGroupBy,
  ComparisonGroupBy,
  BreakdownGroupBy,
  MapGroupBy,
  MapMark,
} from './data/types.js';
export type { ChangeSinceLast, FirstInRange, PeriodValue } from './data/change-since-last.js';
export type { ChartStatus, DataInput, ThemeOption } from './base/chart-element.js';
export type { CcRenderDetail, CcErrorDetail, CcRenderEvent, CcErrorEvent, CcSelectEvent } from './events/events.js';
