import { css } from 'lit';

/** Layout shared by every chart element; colours come from `--cc-*` custom properties. */
export const chartElementStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    color: var(--cc-text-color, #1f2328);
    background: var(--cc-background, #ffffff);
    font-family: var(
      --cc-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'Noto Sans',
      sans-serif
    );
    font-size: var(--cc-font-size-base, 1rem);
    line-height: 1.4;
    contain: layout;
  }
  :host([hidden]) {
    display: none;
  }
  :host([data-theme='dark']) {
    color: var(--cc-text-color, #e6edf3);
    background: var(--cc-background, #14181d);
  }
  figure {
    margin: 0;
    padding: var(--cc-padding, 0.5rem 0);
  }
  [part='heading'] {
    margin: 0 0 0.25rem;
    font-size: var(--cc-heading-size, 1.125rem);
    font-weight: 700;
    line-height: 1.3;
  }
  [part='description'] {
    margin: 0 0 0.5rem;
    color: var(--cc-muted-color, currentColor);
    font-size: 0.95em;
  }
  :host(:not([data-theme='dark'])) [part='description'],
  :host(:not([data-theme='dark'])) figcaption {
    color: var(--cc-muted-color, #57606a);
  }
  :host([data-theme='dark']) [part='description'],
  :host([data-theme='dark']) figcaption {
    color: var(--cc-muted-color, #9da7b1);
  }
  /* --chart-reserve: the drawing's expected height while it loads (see expectedHeight). */
  .chart-frame {
    position: relative;
    min-height: var(--chart-reserve, 3rem);
  }
  [part='chart'] {
    width: 100%;
    outline: none;
    border-radius: 4px;
  }
  [part='chart']:focus-visible {
    box-shadow: 0 0 0 3px var(--cc-accent, #c0392b);
  }
  [part='chart'] svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  :host([status='loading']) [part='chart'],
  :host([status='error']) [part='chart'],
  :host([status='empty']) [part='chart'] {
    display: none;
  }
  [part='tooltip'] {
    position: absolute;
    z-index: 2;
    max-width: min(20rem, 90%);
    padding: 0.375rem 0.5rem;
    pointer-events: none;
    font-size: 0.8rem;
    line-height: 1.3;
    color: var(--cc-tooltip-text, #1f2328);
    background: var(--cc-tooltip-background, #ffffff);
    border: 1px solid var(--cc-grid-color, #d0d7de);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 18%);
    overflow-wrap: anywhere;
  }
  :host([data-theme='dark']) [part='tooltip'] {
    color: var(--cc-tooltip-text, #e6edf3);
    background: var(--cc-tooltip-background, #1f252c);
    border-color: var(--cc-grid-color, #3d444d);
  }
  [part='tooltip'][hidden] {
    display: none;
  }
  [part='tooltip'] table {
    border-collapse: collapse;
  }
  [part='tooltip'] th {
    padding-right: 0.5rem;
    font-weight: normal;
    text-align: left;
    opacity: 0.75;
  }
  [part='tooltip'] td {
    font-weight: 600;
  }
  [part='status'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    box-sizing: border-box;
    min-height: var(--chart-reserve, calc(8rem + 2px));
    padding: 1rem;
    border: 1px dashed currentColor;
    border-radius: 4px;
    opacity: 0.85;
    font-size: 0.95em;
  }
  [part='status'][data-kind='error'] {
    border-style: solid;
    border-color: var(--cc-accent, #c0392b);
    opacity: 1;
  }
  [part='status'] strong {
    display: block;
  }
  .spinner {
    flex: none;
    width: 1rem;
    height: 1rem;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  .line-size {
    visibility: hidden;
  }
  .tool-size {
    display: inline-block;
    visibility: hidden;
    padding: 0.125rem 0;
    font-size: 0.8em;
    border: 1px solid;
  }
  .export {
    position: relative;
  }
  [part='menu'] {
    position: absolute;
    z-index: 3;
    left: 0;
    top: calc(100% + 2px);
    display: flex;
    flex-direction: column;
    min-width: 14rem;
    padding: 0.25rem 0;
    background: var(--cc-background, #ffffff);
    border: 1px solid var(--cc-grid-color, #d0d7de);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 18%);
  }
  :host([data-theme='dark']) [part='menu'] {
    background: var(--cc-background, #1f252c);
  }
  [part='menu'][hidden] {
    display: none;
  }
  [part='menu'] button {
    padding: 0.375rem 0.75rem;
    font: inherit;
    font-size: 0.85em;
    text-align: left;
    color: inherit;
    background: transparent;
    border: 0;
    cursor: pointer;
  }
  [part='menu'] button:hover,
  [part='menu'] button:focus-visible {
    background: var(--cc-grid-color, rgb(128 128 128 / 20%));
    outline: none;
  }
  [part='data-toggle'],
  [part='menu-button'] {
    padding: 0.125rem 0.5rem;
    font: inherit;
    font-size: 0.8em;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 4px;
    cursor: pointer;
  }
  [part='data-toggle']:focus-visible,
  [part='menu-button']:focus-visible {
    outline: 3px solid var(--cc-accent, #c0392b);
    outline-offset: 2px;
  }
  .data-table {
    max-height: 24rem;
    margin-top: 0.5rem;
    overflow: auto;
    font-size: 0.85em;
  }
  .data-table table {
    border-collapse: collapse;
    width: 100%;
  }
  .data-table caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .data-table th,
  .data-table td {
    padding: 0.125rem 0.5rem;
    border-bottom: 1px solid var(--cc-grid-color, rgb(128 128 128 / 30%));
    text-align: left;
  }
  .data-table .numeric {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  figcaption {
    margin-top: 0.25rem;
    font-size: 0.8em;
  }
  figcaption p {
    margin: 0.125rem 0;
  }
  [part='skipped'] {
    font-style: italic;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      break-inside: avoid;
    }
    .tools,
    [part='tooltip'] {
      display: none;
    }
    [part='chart'] svg {
      width: 100%;
      max-width: 100%;
    }
    [part='source'],
    [part='note'],
    [part='skipped'] {
      color: #000;
    }
  }
`;
