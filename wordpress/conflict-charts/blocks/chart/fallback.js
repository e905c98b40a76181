// The table the "Conflict chart" block saves inside itself: the chart's `chartData` when the
// editor last drew it (at most 50 rows), captioned with that date. Readers see it while the chart
// loads, without JavaScript, in feeds, and if the plugin is switched off.
(function (wp) {
  const el = wp.element.createElement;
  const MAX_ROWS = 50;

  /** The fallback attributes for `rows` (the element's chartData), or null when there are none. */
  function fallbackFrom(rows, caption) {
    if (!Array.isArray(rows) || rows.length === 0) return null;
    const kept = rows.slice(0, MAX_ROWS);
    const columns = [];
    for (const row of kept) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
    return {
      fallbackCaption: caption,
      fallbackHead: columns.map((column) => ({ text: column })),
      fallbackRows: kept.map((row) => ({
        cells: columns.map((column) => ({ text: row[column] == null ? '' : String(row[column]) })),
      })),
    };
  }

  /** Whether two sets of fallback attributes hold the same table (the caption's date aside). */
  function sameTable(a, b) {
    return JSON.stringify([a.fallbackHead, a.fallbackRows]) === JSON.stringify([b.fallbackHead, b.fallbackRows]);
  }

  /**
   * The saved markup, version 1 (plugin 0.1.0). A change to it needs the old `save` added to
   * `deprecated` below, so posts saved before still open without a block validation error.
   */
  function save({ attributes }) {
    const { fallbackCaption, fallbackHead, fallbackRows } = attributes;
    if (!fallbackRows || fallbackRows.length === 0) return null;
    return el(
      'figure',
      { className: 'conflict-charts-fallback' },
      el(
        'table',
        null,
        el('caption', null, fallbackCaption),
        el(
          'thead',
          null,
          el(
            'tr',
            null,
            fallbackHead.map((head, i) => el('th', { key: i }, head.text)),
          ),
        ),
        el(
          'tbody',
          null,
          fallbackRows.map((row, r) =>
            el(
              'tr',
              { key: r },
              row.cells.map((cell, c) => el('td', { key: c }, cell.text)),
            ),
          ),
        ),
      ),
    );
  }

  /** Earlier versions of `save`, newest first, each with the attributes it was saved with. */
  const deprecated = [];

  window.conflictChartsBlock = Object.assign(window.conflictChartsBlock || {}, { fallbackFrom, sameTable, save, deprecated });
})(window.wp);
