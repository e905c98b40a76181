/**
 * The Node API of conflict-charts: the elements' readers, counting and spec builders without a
 * browser. `renderChart` draws a chart as SVG or PNG; `aggregateFile` counts events by month and
 * country (and actor or event type) into the table the elements read through `value-field`.
 *
 * ```js
 * import { renderChart, aggregateFile } from 'conflict-charts/cli';
 * const { svg, chartData } = await renderChart('attack-timeline', { src: 'events.csv', interval: 'year' });
 * const { csv } = await aggregateFile({ src: 'events.csv', by: 'month,country,actor' });
 * ```
 */
export { renderChart, type RenderOptions, type RenderOutput, type RenderResult } from './render.js';
export {
  aggregateFile,
  type AggregateFileOptions,
  type AggregateResult,
  type AggregatedRow,
  type AggregateSplit,
} from './aggregate.js';
export { CHART_KINDS, prepareChart, type ChartKind, type ChartOptions, type PreparedChart } from './charts.js';
export { readTable, type DataSource, type Table } from './read.js';
export { sqlText, sqlQuery, type SqlOptions } from './sql.js';
export { aggregateWithDuckDB, loadIntoDuckDB, streamWithDuckDB, type StreamedAggregate } from './duckdb-engine.js';
export { printQuery, DIALECTS, type Dialect } from '../sql/print.js';
export { main, type CliIo } from './main.js';
export { DataError } from '../errors/data-error.js';
