import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { TopLevelSpec } from 'vega-lite';
import { attackTimelineDefinition } from '../../src/charts/attack-timeline.js';
import { ChartController, type ChartControllers, type ChartOutcome } from '../../src/controllers/chart-controller.js';
import type { DataError } from '../../src/errors/data-error.js';
import { en } from '../../src/locale/en.js';
import { LIGHT_TOKENS } from '../../src/themes/tokens.js';
import type { TimelineRow } from '../../src/data/types.js';
import type { Table } from '../../src/data/table.js';

/**
 * A bare element hosting the chart controller alone, with stand-ins for the controllers it asks
 * (the rows read, where the element is, its theme, language and width) and a view that records
 * what it is asked to draw. The counting is the real timeline definition's.
 */
class ChartHost extends LitElement {
  @property() interval = 'year';
  @property() loading = 'lazy';
  @property() renderer = 'svg';
  timeout = 30;
  table?: Table;
  near: boolean | undefined = true;
  width = 500;
  drawn: { spec: TopLevelSpec; rows: readonly object[] }[] = [];
  outcomes: ChartOutcome<TimelineRow>[] = [];
  failures: unknown[] = [];
  prepared = 0;
  readonly chart: ChartController<TimelineRow>;
  constructor() {
    super();
    const read = () => this.table;
    const stand: ChartControllers = {
      source: {
        get table() {
          return read();
        },
      } as never,
      viewport: { isNear: () => this.near } as never,
      theme: { printing: false, key: 'light', tokens: () => LIGHT_TOKENS } as never,
      locale: { tag: 'en', ready: () => Promise.resolve(en) } as never,
      size: { measure: () => this.width } as never,
      view: {
        view: undefined,
        draw: async (spec: TopLevelSpec, rows: readonly object[]) => (this.drawn.push({ spec, rows }), {}),
        finalize: () => undefined,
      } as never,
      childrenVersion: () => 0,
    };
    this.chart = new ChartController<TimelineRow>(this, stand, {
      definition: () => Promise.resolve(attackTimelineDefinition),
      childAnnotations: () => [],
      codeLoaded: () => undefined,
      eventsRead: () => undefined,
      prepared: () => this.prepared++,
      settled: (outcome) => this.outcomes.push(outcome),
      failed: (error) => this.failures.push(error),
    });
  }
}
customElements.define('cc-test-chart-host', ChartHost);

/** The Nigeria UCDP GED file's rows, as the data source would give them. */
async function nigeria(): Promise<Table> {
  const { parseTable } = await import('../../src/data/parse-table.js');
  return parseTable(await (await fetch('/data/ucdp_ged_nigeria_2017-2019.csv')).text(), 'csv');
}

async function settled(host: ChartHost) {
  for (;;) {
    await host.updateComplete;
    if (host.chart.task.status !== 1) return;
    await host.chart.task.taskComplete.catch(() => undefined);
  }
}

async function hostWith(table: Table | undefined, setup: (host: ChartHost) => void = () => undefined) {
  const host = document.createElement('cc-test-chart-host') as ChartHost;
  host.table = table;
  setup(host);
  document.body.append(host);
  await settled(host);
  return host;
}

describe('ChartController', () => {
  it('counts and draws the rows read, through the one chart pipeline (UCDP Nigeria: 497, 525, 509 events a year)', async () => {
    const host = await hostWith(await nigeria());
    expect(host.outcomes.map((o) => o.status)).to.deep.equal(['ready']);
    expect(host.drawn).to.have.length(1);
    expect(host.drawn[0].rows.map((row) => (row as TimelineRow).value)).to.deep.equal([497, 525, 509]);
    expect((host.drawn[0].spec as { width: number }).width).to.equal(500);
    host.remove();
  });

  it('does nothing before the rows are read, and waits (drawing nothing) far below the fold', async () => {
    const none = await hostWith(undefined);
    expect(none.outcomes).to.deep.equal([]);
    none.remove();
    const far = await hostWith(await nigeria(), (host) => (host.near = false));
    expect(far.outcomes.map((o) => o.status)).to.deep.equal(['waiting']);
    expect(far.drawn).to.deep.equal([]);
    far.loading = 'eager';
    await settled(far);
    expect(far.outcomes.map((o) => o.status)).to.deep.equal(['waiting', 'ready']);
    far.remove();
  });

  it('runs again when an attribute, the width or the rows change, and not otherwise', async () => {
    const host = await hostWith(await nigeria());
    host.requestUpdate();
    await settled(host);
    expect(host.drawn, 'an update that changed nothing').to.have.length(1);
    host.interval = 'quarter';
    await settled(host);
    expect(host.drawn).to.have.length(2);
    expect(host.drawn[1].rows).to.have.length(12);
    host.width = 320;
    host.requestUpdate();
    await settled(host);
    expect((host.drawn[2].spec as { width: number }).width).to.equal(320);
    host.remove();
  });

  it('settles once for quick changes in a row: only the last run reports', async () => {
    const host = await hostWith(await nigeria());
    for (const interval of ['month', 'quarter', 'year', 'month']) {
      host.interval = interval;
      await host.updateComplete;
    }
    await settled(host);
    expect(host.outcomes).to.have.length(2);
    expect((host.outcomes[1] as { chart: { rows: unknown[] } }).chart.rows).to.have.length(36);
    host.remove();
  });

  it('reports an option the chart refuses as a failure that names it', async () => {
    const host = await hostWith(await nigeria(), (h) => (h.interval = 'fortnight'));
    expect(host.failures).to.have.length(1);
    expect((host.failures[0] as DataError).message).to.equal(
      'interval="fortnight" is not one of: day, week, month, quarter, year.',
    );
    host.remove();
  });

  it('stops silently when the element is removed mid-run, and runs again when it is added back', async () => {
    const table = await nigeria();
    const host = document.createElement('cc-test-chart-host') as ChartHost;
    host.table = table;
    document.body.append(host);
    await host.updateComplete;
    expect(host.chart.task.status).to.equal(1);
    host.remove();
    await host.chart.task.taskComplete.catch(() => undefined);
    expect(host.outcomes).to.deep.equal([]);
    expect(host.failures).to.deep.equal([]);
    document.body.append(host);
    await settled(host);
    expect(host.outcomes.map((o) => o.status)).to.deep.equal(['ready']);
    host.remove();
  });
});
