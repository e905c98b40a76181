/**
 * A problem with the data itself (an empty file, an unknown layout, a chart the data cannot
 * support). Its message is shown to readers, so it is one or two plain English sentences.
 */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}
