import { loadOnce } from '../util/load-once.js';
import { en } from './en.js';
import type { ChartLocale } from './types.js';

const registry = new Map<string, ChartLocale>([['en', en]]);

/** Languages that ship with the elements but load on first use: an English page never downloads French. */
const BUNDLED: Record<string, () => Promise<ChartLocale>> = {
  fr: loadOnce(() => import('./fr.js').then((module) => module.fr)),
};

function codeOf(tag: string | null | undefined): string {
  const code = (tag ?? '').trim().toLowerCase();
  return registry.has(code) || code in BUNDLED ? code : code.split('-')[0];
}

/**
 * Adds a language: `registerLocale({...en, code: 'pt', strings: {...}})`. Elements
 * whose `locale` (or nearest `lang`) names it use it from their next render.
 *
 * `strings.errors` (one function per DataError code, as in `fr.ts`) and
 * `strings.unexpectedError` are required by the type; a code missing at run time (a locale
 * written for an older version, or in plain JavaScript) is said in English.
 */
export function registerLocale(locale: ChartLocale): void {
  registry.set(locale.code.toLowerCase(), locale);
}

/** The locale for a language tag (`fr-ML` → fr) if it is loaded, else English. */
export function localeFor(tag: string | null | undefined): ChartLocale {
  return registry.get(codeOf(tag)) ?? en;
}

/** Whether {@link localeFor} already gives the locale the tag will have (nothing left to load). */
export function isLocaleLoaded(tag: string | null | undefined): boolean {
  const code = codeOf(tag);
  return registry.has(code) || !(code in BUNDLED);
}

/** The locale for a language tag, loading a bundled one first if needed. */
export function loadLocale(tag: string | null | undefined): Promise<ChartLocale> {
  const code = codeOf(tag);
  if (isLocaleLoaded(code)) return Promise.resolve(localeFor(code));
  return BUNDLED[code]().then((locale) => {
    if (!registry.has(code)) registerLocale(locale);
    return localeFor(code);
  });
}
