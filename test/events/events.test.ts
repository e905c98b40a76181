import { expect } from '@open-wc/testing';
import { CcErrorEvent, CcRenderEvent, CcSelectEvent } from '../../src/events/events.js';

describe('cc-* events', () => {
  it('have their documented names and details', () => {
    const render = new CcRenderEvent({ chartData: [{ country: 'Mali', value: 36 }], skipped: [] });
    expect(render.type).to.equal('cc-render');
    expect(render.detail.chartData).to.deep.equal([{ country: 'Mali', value: 36 }]);
    expect(new CcErrorEvent({ message: 'The file is empty.' }).type).to.equal('cc-error');
    const select = new CcSelectEvent({ country: 'Niger', value: 7 });
    expect(select.type).to.equal('cc-select');
    expect(select.detail).to.deep.equal({ country: 'Niger', value: 7 });
  });

  it('leave the shadow root and bubble to the page, where a listener on document hears them', () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    const heard: { type: string; target: EventTarget | null }[] = [];
    const listen = (event: Event) => heard.push({ type: event.type, target: event.target });
    for (const type of ['cc-render', 'cc-error', 'cc-select']) document.addEventListener(type, listen);
    try {
      inner.dispatchEvent(new CcRenderEvent({ chartData: [], skipped: [] }));
      inner.dispatchEvent(new CcErrorEvent({ message: 'x' }));
      inner.dispatchEvent(new CcSelectEvent({}));
    } finally {
      for (const type of ['cc-render', 'cc-error', 'cc-select']) document.removeEventListener(type, listen);
      host.remove();
    }
    // Retargeted to the host: the page sees the element, not its insides.
    expect(heard).to.deep.equal([
      { type: 'cc-render', target: host },
      { type: 'cc-error', target: host },
      { type: 'cc-select', target: host },
    ]);
  });
});
