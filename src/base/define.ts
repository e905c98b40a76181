/**
 * Registers a custom element once. A page that loads the bundle twice (a CMS plugin and
 * an article both include it) keeps the first definition instead of throwing, and warns
 * when the two copies differ in version.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor, version: string): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as (CustomElementConstructor & { ccVersion?: string }) | undefined;
  if (existing) {
    if (existing.ccVersion && existing.ccVersion !== version) {
      console.warn(
        `conflict-charts: <${tagName}> is already defined by version ${existing.ccVersion}; this copy (version ${version}) is not used.`,
      );
    }
    return;
  }
  Object.defineProperty(constructor, 'ccVersion', { value: version });
  customElements.define(tagName, constructor);
}
