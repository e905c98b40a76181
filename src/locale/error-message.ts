import type { DataErrorCode } from '../errors/codes.js';
import { DataError } from '../errors/data-error.js';
import { lateMessage } from '../errors/late-messages.js';
import { en } from './en.js';
import type { ChartLocale } from './types.js';

/**
 * An error as a reader of `locale` should see it. A DataError is said in that language from
 * its code and params, with the error it wraps (its `cause`) translated too; a code the locale
 * lacks is said in English. Any other error keeps its own message (or name), introduced by
 * the locale's `unexpectedError`; a DataError made from text alone keeps its text.
 */
export function localizedError(error: unknown, locale: ChartLocale): string {
  if (error instanceof DataError) {
    const code: DataErrorCode | undefined = error.code;
    if (code === undefined) return error.message;
    const say = (locale.strings.errors?.[code] ??
      lateMessage(locale.code.split('-')[0], code) ??
      en.strings.errors[code] ??
      lateMessage('en', code)) as (params: object, cause: string) => string;
    return say(error.params, error.cause === undefined ? '' : localizedError(error.cause, locale));
  }
  const message = error instanceof Error ? error.message || error.name : String(error);
  return (locale.strings.unexpectedError ?? en.strings.unexpectedError)(message);
}
