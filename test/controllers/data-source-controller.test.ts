import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DataSourceController, type DataInput } from '../../src/controllers/data-source-controller.js';
import { DataError } from '../../src/errors/data-error.js';

/** A bare element hosting only the data source: the properties it reads, and what it reports. */
class SourceHost extends LitElement {
  src?: string;
  data?: DataInput;
  timeout = 30;
  maxRows = 2_000_000;
  loadings = 0;
  failures: unknown[] = [];
  readonly source = new DataSourceController(this, {
    loading: () => this.loadings++,
    failed: (error) => this.failures.push(error),
  });

  setSource(property: 'src' | 'data', value: unknown): void {
    (this as Record<string, unknown>)[property] = value;
    this.source.assigned(property);
    this.requestUpdate();
  }
}
customElements.define('cc-test-source-host', SourceHost);

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const hangStatus = async (id: string) => (await fetch(`/__fixtures/hang-status?id=${id}`)).json();

/** Waits until the task has settled (its latest run, through re-runs it starts). */
async function settled(host: SourceHost) {
  for (;;) {
    await host.updateComplete;
    if (host.source.task.status !== 1) return;
    await host.source.task.taskComplete.catch(() => undefined);
  }
}

async function hostWith(property: 'src' | 'data' | undefined, value?: unknown, inner = '') {
  const host = document.createElement('cc-test-source-host') as SourceHost;
  host.innerHTML = inner;
  if (property) host.setSource(property, value);
  await fixture(html`<div></div>`).then((parent) => parent.append(host));
  await settled(host);
  return host;
}

describe('DataSourceController', () => {
  it('reads a CSV file from src into rows and columns', async () => {
    const host = await hostWith('src', '/__fixtures/numbers.csv');
    expect(host.source.table!.columns).to.deep.equal([
      'event_id_cnty',
      'event_date',
      'actor1',
      'actor2',
      'event_type',
      'country',
      'fatalities',
    ]);
    expect(host.source.table!.rows.map((row) => row.event_id_cnty)).to.deep.equal(['MLI1', 'MLI2', 'MLI3']);
    expect(host.loadings).to.equal(1);
  });

  it('reads rows given as data, and a Promise of rows once it settles', async () => {
    const host = await hostWith('data', [{ date: '2025-07-01', country: 'Mali' }]);
    expect(host.source.table!.rows).to.deep.equal([{ date: '2025-07-01', country: 'Mali' }]);
    host.setSource(
      'data',
      Promise.resolve([
        { date: '2025-07-02', country: 'Niger' },
        { date: '2025-07-03', country: 'Niger' },
      ]),
    );
    await settled(host);
    expect(host.source.table!.rows).to.have.length(2);
  });

  it('reads a table written inside the element, and again when it changes', async () => {
    const host = await hostWith(
      undefined,
      undefined,
      '<table><tr><th>date</th><th>country</th></tr><tr><td>2025-07-01</td><td>Mali</td></tr></table>',
    );
    expect(host.source.kind).to.equal('inline');
    expect(host.source.table!.rows).to.deep.equal([{ date: '2025-07-01', country: 'Mali' }]);
    host.querySelector('table')!.insertRow().innerHTML = '<td>2025-07-02</td><td>Niger</td>';
    host.source.childrenChanged();
    await settled(host);
    expect(host.source.table!.rows).to.have.length(2);
  });

  it('reads the source assigned last: data set while a slow file loads wins', async () => {
    const host = await hostWith('src', '/__fixtures/slow.csv?ms=400');
    host.setSource('src', '/__fixtures/slow.csv?ms=400');
    await pause(50);
    host.setSource('data', [{ date: '2025-07-01', country: 'Mali' }]);
    await settled(host);
    await pause(500);
    await settled(host);
    expect(host.source.kind).to.equal('data');
    expect(host.source.table!.rows).to.deep.equal([{ date: '2025-07-01', country: 'Mali' }]);
  });

  it('gives up on a Promise that never settles when another source is assigned', async () => {
    const host = document.createElement('cc-test-source-host') as SourceHost;
    host.setSource('data', new Promise(() => undefined));
    document.body.append(host);
    await pause(50);
    expect(host.source.task.status).to.equal(1);
    host.setSource('src', '/__fixtures/numbers.csv');
    await settled(host);
    expect(host.source.table!.rows).to.have.length(3);
    expect(host.failures).to.deep.equal([]);
    host.remove();
  });

  it('aborts its request when the element is removed, and reads again when it is added back', async () => {
    const id = `source-${Math.random()}`;
    const host = document.createElement('cc-test-source-host') as SourceHost;
    host.setSource('src', `/__fixtures/hang.csv?id=${id}`);
    document.body.append(host);
    for (let i = 0; i < 100 && !(await hangStatus(id)).requested; i++) await pause(50);
    host.remove();
    for (let i = 0; i < 100 && !(await hangStatus(id)).closed; i++) await pause(50);
    expect((await hangStatus(id)).closed).to.equal(true);
    expect(host.failures, 'a removal is not a failure').to.deep.equal([]);
    (host as { src?: string }).src = '/__fixtures/numbers.csv';
    host.source.assigned('src');
    document.body.append(host);
    await settled(host);
    expect(host.source.table!.rows).to.have.length(3);
    host.remove();
  });

  it('fails with a DataError for a file with a header and no rows, and for more rows than max-rows', async () => {
    const empty = await hostWith('src', '/__fixtures/header-only.csv');
    expect(empty.source.table).to.equal(undefined);
    expect((empty.failures[0] as DataError).code).to.equal('noRows');
    const big = document.createElement('cc-test-source-host') as SourceHost;
    big.maxRows = 2;
    big.setSource('src', '/__fixtures/numbers.csv');
    document.body.append(big);
    await settled(big);
    expect((big.failures[0] as DataError).code).to.equal('tooManyRows');
    expect((big.failures[0] as DataError).params).to.deep.equal({ rows: 3, limit: 2 });
    big.remove();
  });

  it('reports progress while a large file with a known length arrives', async () => {
    const host = document.createElement('cc-test-source-host') as SourceHost;
    const seen: number[] = [];
    const update = host.requestUpdate.bind(host);
    host.requestUpdate = (...args: Parameters<typeof update>) => {
      if (host.source?.progress !== undefined) seen.push(host.source.progress);
      return update(...args);
    };
    host.setSource('src', '/__fixtures/big.csv?rows=200000');
    document.body.append(host);
    await settled(host);
    expect(host.source.table!.rows).to.have.length(200000);
    expect(seen.length).to.be.greaterThan(1);
    expect(seen.at(-1)).to.equal(100);
    host.remove();
  });
});
