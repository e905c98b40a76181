/** Attributes the element sets on itself: not part of what an author wrote. */
const OWN_ATTRIBUTES = new Set(['status', 'data-theme', 'class', 'style']);

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The URL of the single CMS file, as the page loaded it (or its name when unknown). */
export function bundleUrl(): string {
  const script = Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')).find((s) =>
    /conflict-charts(\.min)?\.js(\?|$)/.test(s.src),
  );
  return script?.src ?? 'conflict-charts.js';
}

/**
 * The snippet that reproduces `element` on another page: the script tag and the tag with its
 * current attributes (relative `src` made absolute, so the copy loads the same file).
 */
export function embedCode(element: Element, scriptUrl = bundleUrl()): string {
  const attributes = Array.from(element.attributes)
    .filter((attribute) => !OWN_ATTRIBUTES.has(attribute.name))
    .map(({ name, value }) => {
      const absolute = name === 'src' ? new URL(value, document.baseURI).href : value;
      return value === '' ? name : `${name}="${escapeAttribute(absolute)}"`;
    });
  const tag = element.localName;
  return `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n<${[tag, ...attributes].join(' ')}></${tag}>`;
}
