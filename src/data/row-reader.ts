import type { RawRow } from './types.js';

/** Row arrays added to a reader: `rows[from]` is row number `base` over every row added. */
export interface RowSource {
  rows: readonly RawRow[];
  from: number;
  base: number;
}

/**
 * Finds an event's first record again among the rows added (ids, places and estimates are read
 * from it only when asked). `hxlRows` are the row numbers of HXL tag rows, which are not records.
 */
export function rowReader(
  sources: readonly RowSource[],
  hxlRows: readonly number[],
  records: Int32Array,
): (event: number) => RawRow | undefined {
  return (event) => {
    let position = records[event] - 1;
    for (const hxl of hxlRows) if (hxl <= position) position++;
    let s = sources.length - 1;
    while (s > 0 && sources[s].base > position) s--;
    const source = sources[s];
    return source?.rows[source.from + position - source.base];
  };
}
