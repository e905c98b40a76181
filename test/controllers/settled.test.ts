import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Settled } from '../../src/controllers/settled.js';

class SettledHost extends LitElement {
  status = 'loading';
  pending: Promise<unknown>[] = [];
  readonly settled = new Settled(
    this,
    () => this.status,
    () => this.pending.splice(0),
  );
}
customElements.define('cc-test-settled-host', SettledHost);

const later = (ms: number, then: () => void) => new Promise<void>((done) => setTimeout(() => (then(), done()), ms));

describe('Settled', () => {
  it('resolves with the status at once when nothing is under way', async () => {
    const host = document.createElement('cc-test-settled-host') as SettledHost;
    document.body.append(host);
    host.status = 'ready';
    expect(await host.settled.wait()).to.equal('ready');
    host.remove();
  });

  it('waits for work under way and for the work that work starts', async () => {
    const host = document.createElement('cc-test-settled-host') as SettledHost;
    document.body.append(host);
    host.pending.push(
      later(30, () => {
        host.status = 'drawing';
        host.pending.push(later(30, () => (host.status = 'ready')));
      }),
    );
    expect(await host.settled.wait()).to.equal('ready');
    host.remove();
  });

  it('waits for tracked work, and goes on when tracked work fails', async () => {
    const host = document.createElement('cc-test-settled-host') as SettledHost;
    document.body.append(host);
    void host.settled.track(later(20, () => (host.status = 'described'))).catch(() => undefined);
    void host.settled.track(Promise.reject(new Error('no'))).catch(() => undefined);
    expect(await host.settled.wait()).to.equal('described');
    host.remove();
  });
});
