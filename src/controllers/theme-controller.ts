import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ThemeOption } from '../options/values.js';
import { DARK_TOKENS, LIGHT_TOKENS, tokensFromCss, type ChartTokens } from '../themes/tokens.js';

interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  readonly theme: ThemeOption | string;
}

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/**
 * The theme a chart is drawn in: `light`, `dark`, or `auto` following the reader's colour
 * scheme; always light while the page prints (a dark chart prints black on white). The element
 * updates when the scheme changes or printing starts or ends.
 */
export class ThemeController implements ReactiveController {
  /** Between `beforeprint` and `afterprint`. */
  printing = false;
  private scheme?: MediaQueryList;
  private readonly onChange = () => this.host.requestUpdate();
  private readonly onBeforePrint = () => {
    this.printing = true;
    this.host.requestUpdate();
  };
  private readonly onAfterPrint = () => {
    this.printing = false;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ThemeHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.scheme = matchMedia(DARK_SCHEME);
    this.scheme.addEventListener('change', this.onChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    this.scheme?.removeEventListener('change', this.onChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.scheme = undefined;
  }

  /** The theme the reader sees now (`forPrint`: light while printing). */
  resolved(forPrint = true): 'light' | 'dark' {
    if (forPrint && this.printing) return 'light';
    if (this.host.theme === 'dark') return 'dark';
    if (this.host.theme === 'auto' && !isServer) return matchMedia(DARK_SCHEME).matches ? 'dark' : 'light';
    return 'light';
  }

  /** What the chart's colours depend on: a chart is drawn again when this changes. */
  get key(): string {
    return `${this.resolved(false)}${this.printing ? ' print' : ''}`;
  }

  /** The theme's colours under the `--cc-*` properties; a dark chart prints black on white. */
  tokens(): ChartTokens {
    const tokens = tokensFromCss(this.host, this.resolved() === 'dark' ? DARK_TOKENS : LIGHT_TOKENS);
    if (!this.printing || this.resolved(false) !== 'dark') return tokens;
    const { text, muted, background, grid } = LIGHT_TOKENS;
    return { ...tokens, text, muted, background, grid };
  }
}
