import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SizeController } from '../../src/controllers/size-controller.js';

class SizeHost extends LitElement {
  updates = 0;
  readonly size = new SizeController(this, () => this);
  override updated() {
    this.updates++;
  }
}
customElements.define('cc-test-size-host', SizeHost);

const frames = (n: number) =>
  new Promise<void>((done) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
    step(n);
  });

describe('SizeController', () => {
  it('measures the width once, then follows changes of 2 px or more', async () => {
    const host = await fixture<SizeHost>(html`<cc-test-size-host style="display: block; width: 420px"></cc-test-size-host>`);
    expect(host.size.value).to.equal(undefined);
    expect(host.size.measure()).to.equal(420);
    const updates = host.updates;
    host.style.width = '421px';
    await frames(3);
    expect(host.size.value, 'under 2 px: no new width').to.equal(420);
    expect(host.updates).to.equal(updates);
    host.style.width = '300px';
    await frames(3);
    await host.updateComplete;
    expect(host.size.value).to.equal(300);
    expect(host.updates).to.equal(updates + 1);
  });

  it('does not measure (no layout) on the observer’s reports before anything asked for the width', async () => {
    const host = await fixture<SizeHost>(html`<cc-test-size-host style="display: block; width: 200px"></cc-test-size-host>`);
    host.style.width = '250px';
    await frames(3);
    expect(host.size.value).to.equal(undefined);
  });

  it('forgets the width when the element is removed', async () => {
    const host = await fixture<SizeHost>(html`<cc-test-size-host style="display: block; width: 200px"></cc-test-size-host>`);
    host.size.measure();
    host.remove();
    expect(host.size.value).to.equal(undefined);
  });

  it('falls back to 600 px for an element with no width', async () => {
    const host = await fixture<SizeHost>(html`<cc-test-size-host style="display: none"></cc-test-size-host>`);
    expect(host.size.measure()).to.equal(600);
  });
});
