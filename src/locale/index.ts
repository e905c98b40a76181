import { en } from './en.js';
import { fr } from './fr.js';
import type { ChartLocale } from './types.js';

export type { ChartLocale, UiStrings, NumberLocale, TimeLocale } from './types.js';
export { en, fr };

const registry = new Map<string, ChartLocale>([
  ['en', en],
  ['fr', fr],
]);

/**
 * Adds a language: `registerLocale({...en, code: 'pt', strings: {...}})`. Elements
 * whose `locale` (or nearest `lang`) names it use it from their next render.
 */
export function registerLocale(locale: ChartLocale): void {
  registry.set(locale.code.toLowerCase(), locale);
}

/** The locale for a language tag (`fr-ML` → fr), falling back to English. */
export function localeFor(tag: string | null | undefined): ChartLocale {
  const code = (tag ?? '').trim().toLowerCase();
  return registry.get(code) ?? registry.get(code.split('-')[0]) ?? en;
}

/** The `lang` of the closest ancestor, crossing shadow roots. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
