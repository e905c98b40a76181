import { expect } from '@open-wc/testing';
import { DataError } from '../../src/errors/data-error.js';
import { loadTable } from '../../src/data/load.js';
import { parseTable } from '../../src/data/parse-table.js';

/* loadTable: CSV parsed as it arrives, one request shared by every caller of the same file,
   each caller with its own abort, timeout and progress. Uses the fixture routes of
   test/helpers/fixture-server.mjs. */

const requests: string[] = [];
const realFetch = window.fetch;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return expect.fail('expected a rejection');
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('loadTable', () => {
  beforeEach(() => {
    requests.length = 0;
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('reads a big CSV as it arrives into the rows parseTable gives', async () => {
    const url = '/__fixtures/big.csv?rows=20000';
    const progress: number[] = [];
    const table = await loadTable(url, { onProgress: (percent) => progress.push(percent) });
    const text = await (await realFetch(url)).text();
    expect(table).to.deep.equal(parseTable(text, 'csv'));
    expect(table.rows).to.have.length(20000);
  });

  it('shares one request and one parse between callers of the same file', async () => {
    const url = '/__fixtures/slow.csv?ms=200&share=1';
    const absolute = new URL(url, document.baseURI).href;
    const [a, b, c] = await Promise.all([loadTable(url), loadTable(absolute), loadTable(url)]);
    expect(requests).to.have.length(1);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    // Once loaded, the next call asks the server again.
    await loadTable(url);
    expect(requests).to.have.length(2);
  });

  it('lets one caller give up without stopping the others', async () => {
    const url = '/__fixtures/slow.csv?ms=300&share=2';
    const quitter = new AbortController();
    const first = loadTable(url, { signal: quitter.signal });
    const second = loadTable(url);
    const third = loadTable(url, { timeoutMs: 50 });
    await pause(20);
    quitter.abort();
    expect(((await rejection(first)) as Error).name).to.equal('AbortError');
    const late = await rejection(third);
    expect(late).to.be.instanceOf(DataError);
    expect((late as Error).message).to.equal('Loading slow.csv took longer than 0 seconds.');
    expect((await second).rows).to.have.length(3);
    expect(requests).to.have.length(1);
  });

  it('stops the request when the last caller gives up', async () => {
    const id = `load-${Math.random()}`;
    const url = `/__fixtures/hang.csv?id=${id}`;
    const one = new AbortController();
    const two = new AbortController();
    const a = loadTable(url, { signal: one.signal });
    const b = loadTable(url, { signal: two.signal });
    for (let i = 0; i < 100 && !(await (await realFetch(`/__fixtures/hang-status?id=${id}`)).json()).requested; i++) await pause(20);
    one.abort();
    await rejection(a);
    await pause(100);
    expect((await (await realFetch(`/__fixtures/hang-status?id=${id}`)).json()).closed).to.equal(false);
    two.abort();
    await rejection(b);
    let closed = false;
    for (let i = 0; i < 100 && !closed; i++) {
      await pause(20);
      closed = (await (await realFetch(`/__fixtures/hang-status?id=${id}`)).json()).closed;
    }
    expect(closed).to.equal(true);
    // A new caller after that starts a new request.
    const again = new AbortController();
    const c = loadTable(url, { signal: again.signal });
    await pause(50);
    again.abort();
    await rejection(c);
    expect(requests).to.have.length(2);
  });

  it('gives every caller the same error', async () => {
    const [a, b] = await Promise.all([rejection(loadTable('/__fixtures/status/500')), rejection(loadTable('/__fixtures/status/500'))]);
    expect(a).to.be.instanceOf(DataError);
    expect((a as Error).message).to.contain('500');
    expect(b).to.equal(a);
    expect(requests).to.have.length(1);
  });

  it('still reads JSON and reports HTML and empty files by name', async () => {
    expect(((await rejection(loadTable('/__fixtures/html.csv'))) as Error).message).to.match(/^html\.csv: An HTML page/);
    expect(((await rejection(loadTable('/__fixtures/empty.csv'))) as Error).message).to.equal('empty.csv: The file is empty.');
    expect((await loadTable('/__fixtures/header-only.csv')).columns).to.include('event_date');
  });
});
