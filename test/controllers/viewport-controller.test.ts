import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { isNearViewport, ViewportController } from '../../src/controllers/viewport-controller.js';

class ViewportHost extends LitElement {
  updates = 0;
  readonly viewport = new ViewportController(this);
  override updated() {
    this.updates++;
  }
}
customElements.define('cc-test-viewport-host', ViewportHost);

/** A page taller than several screens with `el` at its bottom. */
function farBelowTheFold(el: HTMLElement): HTMLElement {
  const page = document.createElement('div');
  const filler = document.createElement('div');
  filler.style.height = `${window.innerHeight * 5}px`;
  el.style.display = 'block';
  el.style.height = '100px';
  page.append(filler, el);
  document.body.append(page);
  return page;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('ViewportController', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('says a chart on screen is near at once, from its box', async () => {
    const host = document.createElement('cc-test-viewport-host') as ViewportHost;
    host.style.cssText = 'display: block; height: 100px';
    document.body.prepend(host);
    expect(host.viewport.isNear()).to.equal(true);
    expect(host.viewport.placed).to.equal(true);
    host.remove();
  });

  it('says a chart five screens down is far, and near once the reader scrolls to it', async () => {
    const host = document.createElement('cc-test-viewport-host') as ViewportHost;
    const page = farBelowTheFold(host);
    expect(host.viewport.isNear()).to.equal(false);
    const updates = host.updates;
    host.scrollIntoView();
    for (let i = 0; i < 40 && !host.viewport.isNear(); i++) await pause(25);
    expect(host.viewport.isNear()).to.equal(true);
    await host.updateComplete;
    expect(host.updates).to.be.greaterThan(updates);
    page.remove();
  });

  it('is unplaced while hidden, and lets waiters go when the element is removed', async () => {
    const host = document.createElement('cc-test-viewport-host') as ViewportHost;
    host.style.display = 'none';
    document.body.append(host);
    expect(host.viewport.isNear()).to.equal(undefined);
    const known = host.viewport.whenKnown();
    host.remove();
    await known;
    expect(host.viewport.placed).to.equal(false);
  });

  it('reads a box the same way the observer decides: within one screen above or below', () => {
    const box = document.createElement('div');
    box.style.cssText = `position: absolute; top: ${window.innerHeight * 1.5}px; height: 10px; width: 10px`;
    document.body.append(box);
    expect(isNearViewport(box)).to.equal(true);
    box.style.top = `${window.innerHeight * 2.5}px`;
    expect(isNearViewport(box)).to.equal(false);
    box.remove();
  });
});
