import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** How far outside the viewport a chart starts drawing: about one screen ahead of the reader. */
const NEAR_SCREENS = 1;

type NearListener = (near: boolean) => void;
const listeners = new WeakMap<Element, NearListener>();
let observer: IntersectionObserver | undefined;

/** One IntersectionObserver serves every chart on the page. */
function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: `${NEAR_SCREENS * 100}% 0px` },
  );
  return observer;
}

/**
 * What the observer will report, read now from the element's box: a chart in view need not wait
 * a frame for the observer's first report. Undefined when the box says nothing (not laid out).
 */
export function isNearViewport(element: Element): boolean | undefined {
  const box = element.getBoundingClientRect();
  if (!box.width && !box.height) return undefined;
  const margin = NEAR_SCREENS * window.innerHeight;
  return box.bottom >= -margin && box.top <= window.innerHeight + margin && box.right >= 0 && box.left <= window.innerWidth;
}

/**
 * Whether the element is within about a screen of the viewport, for lazy drawing: `true`,
 * `false`, or `undefined` until known. The box is read once, when first asked; after that the
 * shared observer's reports update it and ask the element to update.
 */
export class ViewportController implements ReactiveController {
  private near?: boolean;
  private settleKnown?: () => void;
  private known?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.near = undefined;
    listeners.set(this.host, (near) => {
      const changed = near !== this.near;
      this.near = near;
      this.settle();
      if (changed) this.host.requestUpdate();
    });
    sharedObserver().observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
    listeners.delete(this.host);
    this.near = undefined;
    // Nothing will report any more: whoever waits may go on.
    this.settle();
  }

  /** Near the viewport (`true`/`false`), or `undefined` until the observer has said. */
  isNear(): boolean | undefined {
    if (this.near === undefined && this.host.isConnected) this.near = isNearViewport(this.host);
    return this.near;
  }

  /** Near the viewport as last reported, without reading the box: `undefined` until known. */
  get reported(): boolean | undefined {
    return this.near;
  }

  /** Whether the observer (or the box) has said where the element is. */
  get placed(): boolean {
    return this.near !== undefined;
  }

  /** Resolves when the element's place is known (or it is removed). */
  whenKnown(): Promise<void> {
    if (this.near !== undefined || !this.host.isConnected) return Promise.resolve();
    this.known ??= new Promise((resolve) => (this.settleKnown = resolve));
    return this.known;
  }

  private settle(): void {
    this.settleKnown?.();
    this.known = this.settleKnown = undefined;
  }
}
