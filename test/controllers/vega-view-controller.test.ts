import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { VegaViewController } from '../../src/controllers/vega-view-controller.js';
import { parse, View, type Spec } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { barSpec } from '../helpers/bar-spec.js';
import { seededPairs } from '../specs/vega/seeded-cases.js';
import { sceneDifferences, sceneOfVega } from '../specs/vega/scenegraph.js';
import { sceneItems } from '../helpers/scene-items.mjs';

/** A bare element with a drawing area and the view controller alone. */
class ViewHost extends LitElement {
  selected: Record<string, unknown>[] = [];
  released = 0;
  readonly vega = new VegaViewController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.area'),
    tooltip: () => undefined,
    select: (datum) => this.selected.push(datum),
    name: 'view-host',
    released: () => this.released++,
  });
  override render() {
    return html`<div class="area" style="width: 400px"></div>`;
  }
}
customElements.define('cc-test-view-host', ViewHost);

const inOneOrder = (items: object[]) =>
  items
    .map((item) => JSON.stringify(item))
    .sort()
    .map((item) => JSON.parse(item));
const rects = (host: ViewHost) => Array.from(host.renderRoot.querySelectorAll('.area svg g.mark-rect > path'));
const heights = (host: ViewHost) => rects(host).map((rect) => Math.round(rect.getBoundingClientRect().height));

describe('VegaViewController', () => {
  it('draws a spec with its rows into the container', async () => {
    const host = await fixture<ViewHost>(fixtureHtml`<cc-test-view-host></cc-test-view-host>`);
    const view = await host.vega.draw(
      barSpec([
        { name: 'a', value: 1 },
        { name: 'b', value: 3 },
      ]),
      [],
      'svg',
    );
    expect(view).to.equal(host.vega.view);
    expect(rects(host)).to.have.length(2);
    const [a, b] = heights(host);
    expect(b / a).to.be.closeTo(3, 0.1);
  });

  it('swaps the rows into the same view when only the rows change', async () => {
    const host = await fixture<ViewHost>(fixtureHtml`<cc-test-view-host></cc-test-view-host>`);
    const rows = [
      { name: 'a', value: 2 },
      { name: 'b', value: 2 },
    ];
    const first = await host.vega.draw(barSpec(rows), rows, 'svg');
    const changed = [
      { name: 'a', value: 1 },
      { name: 'b', value: 4 },
      { name: 'c', value: 2 },
    ];
    const second = await host.vega.draw(barSpec(changed), changed, 'svg');
    expect(second).to.equal(first);
    expect(rects(host)).to.have.length(3);
    expect(host.renderRoot.querySelectorAll('svg.marks')).to.have.length(1);
  });

  it('draws a new view for another spec and finalizes the old one', async () => {
    const host = await fixture<ViewHost>(fixtureHtml`<cc-test-view-host></cc-test-view-host>`);
    const rows = [{ name: 'a', value: 2 }];
    const first = (await host.vega.draw(barSpec(rows), rows, 'svg'))!;
    let finalized = 0;
    const finalize = first.finalize.bind(first);
    first.finalize = () => (finalized++, finalize());
    const second = await host.vega.draw(barSpec(rows, '#993333'), rows, 'svg');
    expect(second).to.not.equal(first);
    expect(finalized).to.equal(1);
    expect(host.renderRoot.querySelectorAll('svg.marks')).to.have.length(1);
    expect(rects(host)[0].getAttribute('fill')).to.equal('#993333');
  });

  it('finalizes the view and empties the container when the element is removed', async () => {
    const host = await fixture<ViewHost>(fixtureHtml`<cc-test-view-host></cc-test-view-host>`);
    const view = (await host.vega.draw(barSpec([{ name: 'a', value: 1 }]), [], 'svg'))!;
    let finalized = 0;
    const finalize = view.finalize.bind(view);
    view.finalize = () => (finalized++, finalize());
    host.remove();
    expect(finalized).to.equal(1);
    expect(host.vega.view).to.equal(undefined);
    expect(host.released).to.equal(1);
    expect(host.renderRoot.querySelector('.area')!.children).to.have.length(0);
  });

  it('gives the datum of a clicked mark', async () => {
    const host = await fixture<ViewHost>(fixtureHtml`<cc-test-view-host></cc-test-view-host>`);
    await host.vega.draw(
      barSpec([
        { name: 'a', value: 1 },
        { name: 'b', value: 2 },
      ]),
      [],
      'svg',
    );
    rects(host)[1].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
    expect(host.selected).to.have.length(1);
    expect(host.selected[0]).to.include({ name: 'b', value: 2 });
  });

  it('draws the SVG that Vega draws in one run, though it runs the dataflow first and draws in a task of its own', async () => {
    // Clip paths are numbered across the page; the numbers are not the picture.
    const markup = (element: Element) => element.innerHTML.replace(/clip\d+/g, 'clip');
    for (const pair of seededPairs(9, 20261206)) {
      const host = await fixture<ViewHost>(fixtureHtml`<cc-test-view-host></cc-test-view-host>`);
      const rows = (pair.vega.data![0] as { values: object[] }).values;
      await host.vega.draw(pair.vegaLite, rows, 'svg', undefined, pair.vega);
      const reference = document.createElement('div');
      document.body.append(reference);
      const view = new View(parse(structuredClone(pair.vega) as Spec, undefined, { ast: true }), {
        renderer: 'svg',
        expr: expressionInterpreter,
      });
      await view.initialize(reference).runAsync();
      expect(markup(host.renderRoot.querySelector('.area')!), pair.name).to.equal(markup(reference));
      expect(reference.querySelectorAll('path, text').length, pair.name).to.be.greaterThan(5);
      view.finalize();
      reference.remove();
    }
  });

  it('draws nothing when the signal aborted first', async () => {
    const host = await fixture<ViewHost>(fixtureHtml`<cc-test-view-host></cc-test-view-host>`);
    const abort = new AbortController();
    const drawing = host.vega.draw(barSpec([{ name: 'a', value: 1 }]), [], 'svg', abort.signal);
    abort.abort();
    expect(await drawing).to.equal(undefined);
    expect(host.vega.view).to.equal(undefined);
  });

  it('draws what a new view draws when another filter of the same chart only swaps values into the view drawn', async () => {
    /** Other rows of the same chart: without the first third of its periods or bars, and without its first group. */
    const filtered = (rows: object[]) => {
      const record = rows as Record<string, unknown>[];
      const key = (row: Record<string, unknown>) => String(row.period ?? row.country ?? row.actor);
      const keys = [...new Set(record.map(key))];
      const dropped = new Set(keys.slice(0, Math.floor(keys.length / 3)));
      const groups = [...new Set(record.map((row) => row.group))];
      return record.filter((row) => !dropped.has(key(row)) && (groups.length < 3 || row.group !== groups[0]));
    };
    let swapped = 0;
    for (const pair of seededPairs(30, 20261207)) {
      const fewer = filtered(pair.rows);
      if (!fewer.length) continue;
      const host = await fixture<ViewHost>(fixtureHtml`<cc-test-view-host></cc-test-view-host>`);
      for (const [before, after] of [
        [fewer, pair.rows],
        [pair.rows, fewer],
      ]) {
        const first = await host.vega.draw(pair.vegaLite, before, 'svg', undefined, pair.vegaOf(before));
        const spec = pair.vegaOf(after);
        const second = (await host.vega.draw(pair.vegaLite, after, 'svg', undefined, spec))!;
        if (second === first) swapped++;
        const expected = await sceneOfVega(spec);
        expect(expected.length, pair.name).to.be.greaterThan(10);
        // Vega's update keeps the items it had and adds new ones after them (axis ticks, a new
        // group's line), so the items are compared in one order: the same items, each the same.
        expect(sceneDifferences(inOneOrder(expected), inOneOrder(sceneItems(second))), pair.name).to.deep.equal([]);
      }
    }
    // Ticks, groups, colours and legend columns are values, so many filters keep the chart's
    // shape; a bar chart whose height follows its bars, or a line that gains or loses its
    // points, needs a new view.
    expect(swapped).to.be.greaterThan(20);
  });
});
