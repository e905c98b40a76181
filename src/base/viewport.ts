type NearListener = (near: boolean) => void;

/** How far outside the viewport a chart starts drawing: about one screen ahead of the reader. */
const NEAR_MARGIN = '100% 0px';

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
