// Decides whether a story passed, from what inspect-story.mjs reported and what the page logged.
// A story declares what it should show in `parameters.expect`:
//   status    'ready' (default), 'empty', 'error' or 'loading', for every chart in the story;
//   text      the exact text of [part="status"] (required unless the status is 'ready');
//   skipped   the exact text of [part="skipped"];
//   rows      chartData.length;  groups  the number of series or stacks;
//   charts    how many chart elements the story holds (default 1).
// and the console errors it expects in `parameters.expectedConsoleErrors` (regular expressions).

/** How many marks a ready chart must have drawn for its chartData. */
function expectedMarks(chart) {
  const series = Math.max(1, chart.groups);
  if (chart.mark === 'line') return { selector: 'lines', count: series, what: `${series} line(s), one per series` };
  if (chart.mark === 'area') return { selector: 'areas', count: series, what: `${series} area(s), one per series` };
  if (chart.mark === 'points') return { selector: 'dots', count: chart.rows, what: `${chart.rows} dots, one per chartData row` };
  if (chart.mark === 'countries')
    return { selector: 'shapes', count: chart.placed, what: `${chart.placed} countries, one per row with a code` };
  if (chart.mark === 'regions')
    return { selector: 'shapes', count: chart.placed, what: `${chart.placed} regions, one per row the boundaries have` };
  if (chart.compared) return { selector: 'rects', count: 2 * chart.rows, what: `${2 * chart.rows} bars, two per chartData row` };
  return { selector: 'rects', count: chart.rows, what: `${chart.rows} bars, one per chartData row` };
}

function judgeChart(chart, expected, problems) {
  const status = expected.status ?? 'ready';
  const name = `<${chart.tag}>`;
  if (chart.status !== status) {
    problems.push(`${name} is ${chart.status}, expected ${status}${chart.error ? ` (${chart.error})` : ''}`);
    return;
  }
  if (status === 'ready') {
    if (!chart.svg) problems.push(`${name} is ready but drew no SVG`);
    else if (!chart.visible) problems.push(`${name} is ready but its SVG has no size`);
    if (!chart.rows) problems.push(`${name} is ready with no chartData`);
    const marks = expectedMarks(chart);
    if (chart[marks.selector] !== marks.count) {
      problems.push(`${name} drew ${chart[marks.selector]} ${marks.selector}, expected ${marks.what}`);
    }
    if (chart.statusText) problems.push(`${name} is ready but still shows "${chart.statusText}"`);
  } else if (expected.text === undefined) {
    problems.push(`${name} is ${status}: declare the exact message in parameters.expect.text`);
  }
  if (expected.text !== undefined && chart.statusText !== expected.text) {
    problems.push(`${name} shows "${chart.statusText}", expected "${expected.text}"`);
  }
  if (expected.skipped !== undefined && chart.skippedText !== expected.skipped) {
    problems.push(`${name} notes "${chart.skippedText}", expected "${expected.skipped}"`);
  }
  if (expected.rows !== undefined && chart.rows !== expected.rows) {
    problems.push(`${name} has ${chart.rows} chartData rows, expected ${expected.rows}`);
  }
  if (expected.groups !== undefined && chart.groups !== expected.groups) {
    problems.push(`${name} has ${chart.groups} series, expected ${expected.groups}`);
  }
}

/** Returns the list of problems (empty when the story passed). */
export function judgeStory(report, { pageErrors, consoleErrors }) {
  if (report.failure) return [report.failure, ...pageErrors.map((e) => `page error: ${e}`)];
  const problems = pageErrors.map((e) => `page error: ${e}`);
  const allowed = report.expectedConsoleErrors.map((source) => new RegExp(source));
  for (const message of consoleErrors) {
    if (!allowed.some((pattern) => pattern.test(message))) problems.push(`console error: ${message}`);
  }
  for (const pattern of allowed) {
    if (!consoleErrors.some((message) => pattern.test(message))) problems.push(`expected console error ${pattern} not seen`);
  }
  const wanted = report.expected.charts ?? 1;
  if (!report.charts.length) problems.push('the story rendered no chart element');
  else if (report.charts.length !== wanted) problems.push(`${report.charts.length} chart elements, expected ${wanted}`);
  for (const chart of report.charts) judgeChart(chart, report.expected, problems);
  return problems;
}

/** One line about a chart, for the log. */
export function summarise(charts) {
  return charts.map((c) => (c.status === 'ready' ? `${c.status}, ${c.rows} rows` : c.status)).join('; ');
}
