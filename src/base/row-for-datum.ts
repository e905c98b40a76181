/** The chartData row a Vega datum stands for (its `period` is a Date there, the row's a `YYYY-MM-DD` string). */
export function rowForDatum<Row extends object>(rows: readonly Row[], datum: Record<string, unknown>): Row | undefined {
  return rows.find((row) =>
    Object.entries(row).every(([key, value]) => {
      if (typeof value !== 'string') return true;
      const seen = datum[key];
      if (seen instanceof Date || typeof seen === 'number') return new Date(seen).toISOString().slice(0, 10) === value;
      return seen === value;
    }),
  );
}

/** The first `limit` rows (all of them without a limit): what the keyboard reader steps through. */
export function firstRows<Row>(rows: readonly Row[], limit: number | undefined): readonly Row[] {
  return limit !== undefined && rows.length > limit ? rows.slice(0, limit) : rows;
}
