import { en } from './en.js';
import { fr } from './fr.js';
import { registerLocale } from './registry.js';

export type { ChartLocale, UiStrings, NumberLocale, TimeLocale } from './types.js';
export { en, fr };
export { registerLocale, localeFor, loadLocale } from './registry.js';
export { localizedError } from './error-message.js';
export { inheritedLang } from './inherited-lang.js';
export type { DataErrorCode, DataErrorMessages, DataErrorParams } from '../errors/codes.js';

// Everything loaded at once for apps and the CLI; the elements load French on first use (registry.ts).
registerLocale(fr);
