import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { UiStrings } from '../locale/types.js';
import { embedCode } from './embed-code.js';
import type { ImageFrame } from './framed-image.js';

/** The parts of a Vega view the exports use. */
export interface ExportableView {
  toSVG(scale?: number): Promise<string>;
  toCanvas(scale?: number): Promise<HTMLCanvasElement>;
}

/** What the menu needs from its element. */
export interface ExportSource {
  host: ReactiveControllerHost & HTMLElement;
  view(): ExportableView | undefined;
  rows(): readonly object[];
  frame(): ImageFrame;
  /** Says a result out loud (a live region): "Embed code copied". */
  announce(text: string): void;
}

type Action = 'png' | 'svg' | 'csv' | 'embed';
const ACTIONS: Action[] = ['png', 'svg', 'csv', 'embed'];
const PNG_SCALE = 2;

/**
 * A small menu drawn in the element's shadow root (no injected styles): download the chart as
 * PNG or SVG with its heading and source, the values drawn as CSV (never the raw rows), or
 * copy the embed code. Operable with the keyboard: arrows move, Escape closes.
 */
export class ExportMenu implements ReactiveController {
  private open = false;

  constructor(private readonly source: ExportSource) {
    source.host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  render(strings: UiStrings): TemplateResult {
    const labels: Record<Action, string> = {
      png: strings.downloadPng,
      svg: strings.downloadSvg,
      csv: strings.downloadCsv,
      embed: strings.copyEmbed,
    };
    return html`<div class="export" @keydown=${this.onKeydown}>
      <button
        part="menu-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="export-menu"
        @click=${() => this.toggle(!this.open)}
      >
        ${strings.exportMenu}
      </button>
      <div part="menu" id="export-menu" role="menu" ?hidden=${!this.open}>
        ${ACTIONS.map(
          (action) =>
            html`<button type="button" role="menuitem" tabindex="-1" data-action=${action} @click=${() => this.run(action, strings)}>
              ${labels[action]}
            </button>`,
        )}
      </div>
    </div>`;
  }

  private get items(): HTMLButtonElement[] {
    return Array.from(this.source.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
  }

  private async toggle(open: boolean, focusButton = false): Promise<void> {
    this.open = open;
    this.source.host.requestUpdate();
    await this.source.host.updateComplete;
    if (open) this.items[0]?.focus();
    else if (focusButton) this.source.host.shadowRoot?.querySelector<HTMLElement>('[part="menu-button"]')?.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (!this.open) return;
    const items = this.items;
    const index = items.indexOf(this.source.host.shadowRoot?.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      void this.toggle(false, true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Tab') {
      void this.toggle(false);
    }
  };

  private async run(action: Action, strings: UiStrings): Promise<void> {
    const { source } = this;
    const frame = source.frame();
    void this.toggle(false, true);
    try {
      if (action === 'embed') {
        // Before any await: some browsers allow the clipboard only within the click itself.
        await navigator.clipboard.writeText(embedCode(source.host));
        source.announce(strings.embedCopied);
        return;
      }
      const { download, fileNameFor, framedPng, framedSvg, toCSV } = await import('./export-files.js');
      const name = (extension: string) => fileNameFor(frame.heading, source.host.localName, extension);
      const view = source.view();
      if (action === 'csv') {
        download(toCSV(source.rows()), name('csv'), 'text/csv;charset=utf-8');
      } else if (view && action === 'svg') {
        download(framedSvg(await view.toSVG(), frame), name('svg'), 'image/svg+xml');
      } else if (view && action === 'png') {
        download(await framedPng(await view.toCanvas(PNG_SCALE), frame, PNG_SCALE), name('png'));
      }
    } catch (error) {
      source.announce(`${strings.exportFailed} ${(error as Error).message}`);
    }
  }
}
