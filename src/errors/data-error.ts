import type { DataErrorArgs, DataErrorCode, DataErrorParams } from './codes.js';
import { lateMessage } from './late-messages.js';
import { englishErrors } from './messages-en.js';

/** Whether `value` names a DataError code: every code has an English message (its type says so). */
const isDataErrorCode = (value: string): value is DataErrorCode =>
  Object.prototype.hasOwnProperty.call(englishErrors, value) || lateMessage('en', value as DataErrorCode) !== undefined;

/**
 * A problem with the data itself (an empty file, an unknown layout, a chart the data cannot
 * support), shown to readers. `message` is the English sentence; `code` and `params` let
 * `localizedError` say it in the reader's language.
 *
 * ```ts
 * throw new DataError('fileEmpty');
 * throw new DataError('tooManyRows', { rows, limit });
 * throw new DataError('inFile', { name }, { cause: error }); // "name: <error's message>"
 * ```
 *
 * `new DataError(message)` (no code) keeps a message that is never translated: for the CLI's
 * usage messages, which only authors read in a terminal.
 */
export class DataError<C extends DataErrorCode = DataErrorCode> extends Error {
  /** What went wrong; undefined for an error made from English text alone. */
  readonly code?: C;
  /** The values the message is made of. */
  readonly params: DataErrorParams[C];

  constructor(code: C, ...args: DataErrorArgs<C>);
  constructor(message: string);
  constructor(codeOrMessage: string, params?: object, options?: ErrorOptions) {
    if (!isDataErrorCode(codeOrMessage)) {
      super(codeOrMessage);
      this.params = {} as DataErrorParams[C];
    } else {
      const english = (englishErrors[codeOrMessage as keyof typeof englishErrors] ?? lateMessage('en', codeOrMessage)) as (
        params: object,
        cause: string,
      ) => string;
      const cause = options?.cause;
      super(english(params ?? {}, cause === undefined ? '' : messageText(cause)), options);
      this.code = codeOrMessage as C;
      this.params = (params ?? {}) as DataErrorParams[C];
    }
    this.name = 'DataError';
  }
}

function messageText(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
