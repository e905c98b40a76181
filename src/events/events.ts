import type { SkippedRecord } from '../data/types.js';

/** Detail of `cc-render`: what was drawn and what was left out. */
export interface CcRenderDetail<Row = unknown> {
  chartData: Row[];
  skipped: SkippedRecord[];
}

/** Detail of `cc-error`: the message the element shows. */
export interface CcErrorDetail {
  message: string;
}

/** Fired after each successful render. */
export class CcRenderEvent<Row = unknown> extends CustomEvent<CcRenderDetail<Row>> {
  constructor(detail: CcRenderDetail<Row>) {
    super('cc-render', { detail, bubbles: true, composed: true });
  }
}

/** Fired on every failure to load, read or draw data. */
export class CcErrorEvent extends CustomEvent<CcErrorDetail> {
  constructor(detail: CcErrorDetail) {
    super('cc-error', { detail, bubbles: true, composed: true });
  }
}

/** Fired when a reader chooses a mark by click or keyboard; detail is its `chartData` row. */
export class CcSelectEvent<Row = unknown> extends CustomEvent<Row> {
  constructor(detail: Row) {
    super('cc-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cc-render': CcRenderEvent;
    'cc-error': CcErrorEvent;
    'cc-select': CcSelectEvent;
  }
}
