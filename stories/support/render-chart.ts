// Renders one chart element from story args, as an author writes it in HTML: args named after
// attributes become attributes, `on…` actions (from the manifest's events) become listeners,
// and what only a script can give (`.data` rows or a Promise) is set as a property.
import * as library from '../../src/index.ts';
import { CHARTS } from '../../src/options/charts.ts';
import { attributesOf, type ChartTag } from './manifest.ts';

type ChartClass = new () => library.ChartElement<object>;

/**
 * The element classes of the chart registry, registered by importing them. (package.json lists
 * only dist/ as having side effects, so a bare `import '../../src/index.ts'` would be dropped.)
 */
export const ELEMENTS = Object.fromEntries(
  CHARTS.map((chart) => [chart.tag, library[chart.className as keyof typeof library] as unknown as ChartClass]),
) as Record<ChartTag, ChartClass>;

export type ChartArgs = Record<string, unknown>;

export interface ChartExtras {
  /** Set as the `.data` property before the element connects. */
  data?: unknown;
  /** HTML put inside the element: an inline `<table>` or `<script type="application/json">`. */
  inner?: string;
  /** CSS width of a container around the element (`320px`). */
  width?: string;
}

/** `onCcRender` → `cc-render`. */
function eventName(argName: string): string {
  return argName.slice(2).replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());
}

export function renderChart(tag: ChartTag, args: ChartArgs, extras: ChartExtras = {}): HTMLElement {
  const el = new ELEMENTS[tag]();
  const attributes = attributesOf(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'function' && /^on[A-Z]/.test(name)) {
      el.addEventListener(eventName(name), value as EventListener);
    } else if (attributes.has(name) && typeof value === 'boolean') {
      el.toggleAttribute(name, value);
    } else if (attributes.has(name) && (typeof value === 'string' || typeof value === 'number')) {
      el.setAttribute(name, String(value));
    } else {
      (el as unknown as Record<string, unknown>)[attributes.get(name) ?? name] = value;
    }
  }
  if (extras.inner) el.innerHTML = extras.inner;
  if ('data' in extras) el.data = extras.data as never;
  if (!extras.width) return el;
  const box = document.createElement('div');
  box.className = 'cc-story-box';
  box.style.width = extras.width;
  box.style.maxWidth = '100%';
  box.append(el);
  return box;
}

/** A block of HTML holding chart tags (an article), with the elements registered. */
export function renderHtml(html: string): HTMLElement {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (customElements.get(tag) !== element) throw new Error(`<${tag}> is not registered by this copy of the elements.`);
  }
  const block = document.createElement('div');
  block.innerHTML = html;
  return block;
}
