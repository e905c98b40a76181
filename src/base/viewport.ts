type NearListener = (near: boolean) => void;

/** How far outside the viewport a chart starts drawing: about one screen ahead of the reader. */
const NEAR_SCREENS = 1;
const NEAR_MARGIN = `${NEAR_SCREENS * 100}% 0px`;

const listeners = new WeakMap<Element, NearListener>();
let observer: IntersectionObserver | undefined;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: NEAR_MARGIN },
  );
  return observer;
}

/**
 * Tells `listener` whether `element` is within about a screen of the viewport: soon after the
 * call (the observer always reports once), then on every change. One observer serves every chart
 * on the page. Returns a function that stops watching.
 */
export function watchViewport(element: Element, listener: NearListener): () => void {
  listeners.set(element, listener);
  sharedObserver().observe(element);
  return () => {
    observer?.unobserve(element);
    listeners.delete(element);
  };
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
