import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ChartElement, ChartStatus } from '../../src/base/chart-element.js';

// Any of the three elements, whatever its row type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the helpers take any element, whatever its row type
export type AnyChart = ChartElement<any>;

/** Renders `template` and waits until the chart has loaded and drawn (or failed). */
export async function chartFixture<T extends AnyChart>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.settled;
  return el;
}

/** Waits for the status the latest change leads to. */
export function settle(el: AnyChart): Promise<ChartStatus> {
  return el.settled;
}

/** The SVG marks Vega drew for a mark type (`rect` for bars, `path` for lines and areas, `text`). */
export function marks(el: Element, role: string): SVGElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<SVGElement>(`[part="chart"] svg g.mark-${role} > *`));
}

/** The data set Vega holds for the chart's main layer: the rows it drew. */
export function viewRows(el: AnyChart): Record<string, unknown>[] {
  const view = el.view!;
  const names = ['source_0', 'data_0'];
  for (const name of names) {
    try {
      const rows = view.data(name) as Record<string, unknown>[];
      if (rows?.length) return rows;
    } catch {
      // not in this spec
    }
  }
  throw new Error('no data set found in the view');
}

/** Text of every axis label Vega drew, in order. */
export function axisLabels(el: Element, axis: 'x' | 'y'): string[] {
  const role = axis === 'x' ? 'bottom' : 'left';
  const group =
    el.shadowRoot!.querySelector(`[part="chart"] svg g[aria-label^="${axis === 'x' ? 'X' : 'Y'}-axis"]`) ??
    el.shadowRoot!.querySelector(`[part="chart"] svg .role-axis-${role}`);
  return Array.from(group?.querySelectorAll('.role-axis-label text') ?? [], (t) => t.textContent ?? '');
}
