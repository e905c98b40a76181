import { expect } from '@open-wc/testing';
import { ShadowTooltip } from '../../src/controllers/shadow-tooltip.js';

/** A frame of 300 × 200 px at the page's top left, with a tooltip element inside. */
function setUp() {
  const frame = document.createElement('div');
  Object.assign(frame.style, { position: 'absolute', left: '0px', top: '0px', width: '300px', height: '200px' });
  const tip = document.createElement('div');
  Object.assign(tip.style, { position: 'absolute', width: '80px', height: '40px' });
  tip.hidden = true;
  frame.append(tip);
  document.body.append(frame);
  return {
    frame,
    tip,
    tooltip: new ShadowTooltip(
      () => tip,
      () => frame,
    ),
  };
}

const at = (clientX: number, clientY: number) => new MouseEvent('mousemove', { clientX, clientY });

describe('ShadowTooltip', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((node) => node.remove()));

  it('shows a datum as a table of text: markup in the data stays text', () => {
    const { tip, tooltip } = setUp();
    tooltip.handler(undefined, at(10, 10), undefined, { Country: '<img src=x onerror=alert(1)>', Events: 54, Note: null });
    expect(tip.hidden).to.equal(false);
    expect(tip.querySelector('img')).to.equal(null);
    const rows = Array.from(tip.querySelectorAll('tr')).map((row) => [
      row.querySelector('th')!.textContent,
      row.querySelector('td')!.textContent,
    ]);
    expect(rows).to.deep.equal([
      ['Country', '<img src=x onerror=alert(1)>'],
      ['Events', '54'],
      ['Note', ''],
    ]);
    expect(tip.querySelector('th')!.scope).to.equal('row');
  });

  it('shows a plain value as text and hides on an empty one', () => {
    const { tip, tooltip } = setUp();
    tooltip.handler(undefined, at(10, 10), undefined, 'Mali: 36');
    expect(tip.textContent).to.equal('Mali: 36');
    tooltip.handler(undefined, at(10, 10), undefined, '');
    expect(tip.hidden).to.equal(true);
    tooltip.handler(undefined, at(10, 10), undefined, 7);
    tooltip.hide();
    expect(tip.hidden).to.equal(true);
  });

  it('sits 12 px below and right of the pointer, and flips inside the frame near its edges', () => {
    const { tip, tooltip } = setUp();
    tooltip.handler(undefined, at(50, 60), undefined, 'x');
    expect([tip.style.left, tip.style.top]).to.deep.equal(['62px', '72px']);
    // At (280, 190) the tip (80 × 40) would cross the frame's right and bottom edges.
    tooltip.handler(undefined, at(280, 190), undefined, 'x');
    expect([tip.style.left, tip.style.top]).to.deep.equal([
      `${280 - tip.offsetWidth - 12}px`,
      `${190 - tip.offsetHeight - 12}px`,
    ]);
  });
});
