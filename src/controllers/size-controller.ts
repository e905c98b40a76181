import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Width changes smaller than this (in CSS pixels) are not worth drawing again. */
const THRESHOLD = 2;

/**
 * The width a chart is drawn at, kept up to date by a ResizeObserver on the element (the shape
 * of `@lit-labs/observers`' ResizeController, written here because it must report on the next
 * frame and ignore changes under 2 px: see README, Performance). `value` is undefined until
 * `measure()` first reads it; after that, the observer's reports update it and ask the element
 * to update.
 */
export class SizeController implements ReactiveController {
  value?: number;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    // Report on the next frame, outside the observer's delivery, so a chart that changes its own
    // height never triggers "ResizeObserver loop completed with undelivered notifications".
    this.observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.onResize());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.value = undefined;
  }

  /** The width now: read once (a layout), then kept by the observer. */
  measure(): number {
    this.value ??= this.read();
    return this.value;
  }

  private onResize(): void {
    // Never measured: nothing is drawn at a width yet, and reading it would force a layout.
    if (this.value === undefined) return;
    const width = this.read();
    if (Math.abs(width - this.value) < THRESHOLD) return;
    this.value = width;
    this.host.requestUpdate();
  }

  private read(): number {
    const width = this.target()?.clientWidth || this.host.clientWidth || this.host.getBoundingClientRect().width;
    return Math.floor(width) || 600;
  }
}
