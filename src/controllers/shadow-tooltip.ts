/**
 * Vega tooltips drawn inside the element's shadow root with text nodes only: no `<style>`
 * is injected (a strict `style-src` would block it) and no data value becomes markup.
 */
export class ShadowTooltip {
  constructor(
    private readonly tip: () => HTMLElement | null,
    private readonly frame: () => HTMLElement | null,
  ) {}

  /** A Vega tooltip handler: `view.tooltip(tooltip.handler)`. */
  readonly handler = (_handler: unknown, event: MouseEvent | undefined, _item: unknown, value: unknown): void => {
    const tip = this.tip();
    if (!tip) return;
    if (value === undefined || value === null || value === '') {
      tip.hidden = true;
      return;
    }
    tip.replaceChildren(...contentOf(value));
    tip.hidden = false;
    if (event) this.place(tip, event);
  };

  hide(): void {
    const tip = this.tip();
    if (tip) tip.hidden = true;
  }

  private place(tip: HTMLElement, event: MouseEvent): void {
    const frame = this.frame()?.getBoundingClientRect();
    if (!frame) return;
    const gap = 12;
    let left = event.clientX - frame.left + gap;
    let top = event.clientY - frame.top + gap;
    if (left + tip.offsetWidth > frame.width) left = Math.max(0, event.clientX - frame.left - tip.offsetWidth - gap);
    if (top + tip.offsetHeight > frame.height) top = Math.max(0, event.clientY - frame.top - tip.offsetHeight - gap);
    // CSSOM writes are not inline styles in CSP's sense, so a strict style-src allows them.
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }
}

function contentOf(value: unknown): Node[] {
  if (typeof value !== 'object' || value === null) return [document.createTextNode(String(value))];
  const table = document.createElement('table');
  for (const [key, cell] of Object.entries(value as Record<string, unknown>)) {
    const row = table.insertRow();
    const head = document.createElement('th');
    head.scope = 'row';
    head.textContent = key;
    const data = row.insertCell();
    data.textContent = cell === null || cell === undefined ? '' : String(cell);
    row.prepend(head);
  }
  return [table];
}
