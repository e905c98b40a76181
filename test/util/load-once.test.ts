import { expect } from '@open-wc/testing';
import { loadOnce } from '../../src/util/load-once.js';

describe('loadOnce', () => {
  it('runs the load once and gives every caller the same promise', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    const [first, second] = [load(), load()];
    expect(first).to.equal(second);
    expect(await first).to.equal(1);
    expect(await load()).to.equal(1);
    expect(calls).to.equal(1);
  });

  it('loads again on the next call after a failure, so a chunk that did not arrive is fetched once more', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('network down');
      return 'chunk';
    });
    let failure: unknown;
    await load().catch((error) => (failure = error));
    expect((failure as Error).message).to.equal('network down');
    expect(await load()).to.equal('chunk');
    expect(await load()).to.equal('chunk');
    expect(calls).to.equal(2);
  });
});
