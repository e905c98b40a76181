// Days to bin, and what each bin must be, worked out with JavaScript's Date (UTC), apart from
// the library's own calendar code: the SQL binning (src/sql/intervals.ts) is checked against it
// on DuckDB here and on PostgreSQL and ClickHouse in test/engines/.
const DAY = 86400000;

function utc(y, m, d) {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const ymd = (t) => `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;

/**
 * Every day of the weeks around New Year and of late February in years that test the calendar
 * (leap rules, 1582, 1970, 2100, 9999), and a seeded spread over 0001–9999.
 */
export function intervalDays() {
  const days = [];
  const years = [1, 4, 99, 100, 400, 1582, 1899, 1900, 1969, 1970, 1999, 2000, 2020, 2024, 2100, 9998];
  for (const year of years) {
    for (let i = -7; i < 7; i++) days.push(new Date(utc(year + 1, 1, 1).getTime() + i * DAY));
    for (let i = 0; i < 4; i++) days.push(new Date(utc(year, 2, 27).getTime() + i * DAY));
  }
  let state = 12345;
  for (let i = 0; i < 120; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    days.push(utc(1 + (state % 9999), 1 + (state % 12), 1 + (state % 28)));
  }
  days.push(utc(9999, 12, 31));
  return days.map((t) => [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]);
}

/** The first day (`YYYY-MM-DD`) of the bin of `y-m-d`: ISO weeks start on Monday. */
export function expectedFirstDay(interval, [y, m, d]) {
  const t = utc(y, m, d);
  switch (interval) {
    case 'day':
      return ymd(t);
    case 'week':
      return ymd(new Date(t.getTime() - ((t.getUTCDay() + 6) % 7) * DAY));
    case 'month':
      return `${pad(y, 4)}-${pad(m)}-01`;
    case 'quarter':
      return `${pad(y, 4)}-${pad(m - ((m - 1) % 3))}-01`;
    case 'year':
      return `${pad(y, 4)}-01-01`;
  }
}

/** The text the aggregate table writes for the bin of `y-m-d`: a week by its Sunday, a quarter by its last month. */
export function expectedLabel(interval, [y, m, d]) {
  const t = utc(y, m, d);
  switch (interval) {
    case 'day':
      return ymd(t);
    case 'week':
      return ymd(new Date(t.getTime() + ((7 - t.getUTCDay()) % 7) * DAY));
    case 'month':
      return `${pad(y, 4)}-${pad(m)}`;
    case 'quarter':
      return `${pad(y, 4)}-${pad(m - ((m - 1) % 3) + 2)}`;
    case 'year':
      return pad(y, 4);
  }
}

/** Days since 1970-01-01, by Date. */
export const daysSinceEpoch = ([y, m, d]) => Math.round(utc(y, m, d).getTime() / DAY);

/**
 * A query over the days, as a tree: each day's number `i`, bin index, label and first day for
 * `interval` (unordered: sort by `i`; PostgreSQL's printer orders by text only). `tree` is the module namespace of src/sql (intervals.ts and tree.ts).
 */
export function binningQuery(tree, interval, days) {
  const { binIndex, labelSteps, column, constant } = tree;
  const rows = days.map(([y, m, d], i) => [constant(i), constant(y), constant(m), constant(d)]);
  const labels = labelSteps(interval, 'binned');
  const firstDays = labelSteps(interval, labels[labels.length - 1].name, { as: 'first_day', form: 'first' });
  return {
    with: [
      {
        name: 'days',
        query: { columns: [{ expr: column('*') }], from: { kind: 'values', rows, as: 'v', columns: ['i', 'y', 'm', 'd'] } },
      },
      {
        name: 'binned',
        query: {
          columns: [{ expr: column('i') }, { expr: binIndex(interval, column('y'), column('m'), column('d')), as: 'bin' }],
          from: { kind: 'table', name: 'days' },
        },
      },
      ...labels,
      ...firstDays,
    ],
    columns: [{ expr: column('i') }, { expr: column('bin') }, { expr: column(interval) }, { expr: column('first_day') }],
    from: { kind: 'table', name: firstDays[firstDays.length - 1].name },
  };
}

/** The engine's rows in the order of the days. */
export const inDayOrder = (rows) => [...rows].sort((a, b) => Number(a[0]) - Number(b[0]));
