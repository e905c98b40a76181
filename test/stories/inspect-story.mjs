// Runs inside a story's iframe (passed to page.evaluate, so it must not use anything outside
// itself): waits for the story, then for each chart element, and reports what it drew.
// `selector`: the chart tags (scripts/chart-tags.mjs). `again`: a second look, after the screenshot (which resizes the page) — no extra waiting.
export async function inspectStory({ id, timeoutMs, again = false, selector }) {
  const TAGS = selector;
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  const deadline = Date.now() + timeoutMs;
  const body = document.body.classList;
  while (!body.contains('sb-show-main') && !body.contains('sb-show-errordisplay') && !body.contains('sb-show-nopreview')) {
    if (Date.now() > deadline) return { failure: 'the story never finished rendering' };
    await sleep(50);
  }
  if (!body.contains('sb-show-main')) {
    const message = document.querySelector('#error-message')?.textContent?.trim();
    return { failure: `Storybook could not render it: ${message || 'no preview'}` };
  }
  const preview = window.__STORYBOOK_PREVIEW__;
  const story = preview.currentRender?.story ?? (await preview.storyStoreValue.loadStory({ storyId: id }));
  const expected = story.parameters.expect ?? {};
  const expectedConsoleErrors = story.parameters.expectedConsoleErrors ?? [];

  // Let a resize reach the charts' ResizeObservers before asking them to settle.
  if (again) await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const root = document.querySelector('#storybook-root');
  const charts = [...(root?.querySelectorAll(TAGS) ?? [])];
  const withDeadline = (promise) => Promise.race([promise, sleep(Math.max(0, deadline - Date.now())).then(() => 'timeout')]);
  if ((expected.status ?? 'ready') === 'loading') {
    if (!again) await sleep(1500); // A chart told to stay loading must still be loading after a while.
  } else {
    // Twice: a chart may draw again once it knows its width.
    for (let round = 0; round < 2; round++) {
      await withDeadline(Promise.all(charts.map((chart) => chart.settled)));
      await sleep(150);
    }
  }
  const text = (el) => (el?.innerText ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const drawnForRows = (view, marktype) => {
    let shaded = 0;
    const visit = (node) => {
      if (node.marktype === marktype && node.role === 'mark')
        shaded += node.items.filter((item) => typeof item.datum?.value === 'number').length;
      for (const child of node.items ?? []) if (child.items) visit(child);
    };
    visit(view.scenegraph().root);
    return shaded;
  };
  const count = (chart, selector) => chart.shadowRoot.querySelectorAll(`[part="chart"] svg ${selector}`).length;
  return {
    expected,
    expectedConsoleErrors,
    charts: charts.map((chart) => {
      const groups = new Set(chart.chartData.map((row) => row.group).filter((g) => g !== undefined));
      return {
        tag: chart.localName,
        status: chart.status,
        error: chart.error,
        statusText: text(chart.shadowRoot.querySelector('[part="status"]')),
        skippedText: text(chart.shadowRoot.querySelector('[part="skipped"]')),
        rows: chart.chartData.length,
        groups: groups.size,
        mark: ['attack-timeline', 'conflict-map'].includes(chart.localName) ? chart.mark || 'bar' : 'bar',
        // A map's countries that have a code (the others are listed under it, not drawn).
        placed: chart.chartData.filter((row) => (chart.mark === 'regions' ? row.regionKey : row.iso) !== undefined).length,
        // compare="previous": a second bar per row, the period before.
        compared: chart.chartData.some((row) => row.previous !== undefined),
        svg: Boolean(chart.shadowRoot.querySelector('[part="chart"] svg')),
        visible: (() => {
          const box = chart.shadowRoot.querySelector('[part="chart"] svg')?.getBoundingClientRect();
          return Boolean(box && box.width > 0 && box.height > 0);
        })(),
        // The data marks are the first layer's; annotation bands are rects of later layers.
        rects: count(chart, 'g.mark-rect.role-mark.layer_0_marks > path') || count(chart, 'g.mark-rect.role-mark > path'),
        lines: count(chart, 'g.mark-line.role-mark > path'),
        areas: count(chart, 'g.mark-area.role-mark > path'),
        // A map: its dots, or its shaded countries or regions: the marks drawn for a row (a
        // value), not for an outline, a label or a legend's symbol, in any layer or panel.
        dots: chart.view ? drawnForRows(chart.view, 'symbol') : 0,
        shapes: chart.view ? drawnForRows(chart.view, 'shape') : 0,
        width: Math.round(chart.getBoundingClientRect().width),
      };
    }),
  };
}
