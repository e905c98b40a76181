// Naming what a reader got from a post, in the words of the README's table, and the checks
// behind "chart": every chart drawn with the published figures, the library loaded once, no
// stray fallback table, no error, embeds fitted to their chart.
import { figuresProblem } from './reader.mjs';

const LIBRARY = '/wp-content/plugins/conflict-charts/dist/conflict-charts.js';
const STYLESHEET = '/wp-content/plugins/conflict-charts/dist/conflict-charts.css';

/** What is wrong with a page that should show charts; [] when nothing is. */
export function chartProblems(read) {
  const problems = [...read.problems, ...read.dialogs.map((d) => `dialog ${d}`)];
  const charts = [...read.charts, ...read.frames.flatMap((frame) => frame.charts)];
  if (!charts.length) problems.push('no chart on the page');
  for (const chart of charts) {
    if (chart.status !== 'ready') problems.push(`<${chart.tag}> is ${chart.status} ${chart.error}`.trim());
    else {
      const wrong = figuresProblem(chart);
      if (wrong) problems.push(`<${chart.tag}> figures: ${wrong}`);
    }
  }
  if (read.charts.length) {
    const loads = read.resources.filter((name) => name.split('?')[0].endsWith(LIBRARY));
    if (loads.length !== 1 || loads[0].includes('?'))
      problems.push(`conflict-charts.js loaded as ${JSON.stringify(loads)} (once, without ?ver, expected)`);
    // The placeholder stylesheet is linked in the head, before the chart is laid out.
    if (!read.headStylesheets.some((href) => href.split('?')[0].endsWith(STYLESHEET)))
      problems.push(`no ${STYLESHEET} in the head (it keeps the chart's place until the script draws it)`);
  }
  for (const frame of read.frames) {
    if (Math.abs(frame.iframe - frame.content) > 2)
      problems.push(`iframe is ${frame.iframe} px high for a ${frame.content} px chart page`);
  }
  if (read.strayTables.length) problems.push(`stray table outside the chart: ${JSON.stringify(read.strayTables[0])}`);
  if (read.pwned !== null) problems.push(`window.__pwned is ${read.pwned}`);
  return problems;
}

/** Whether a shown table holds the July 2025 figures. */
const holdsFigures = (text) =>
  /Burkina Faso\s+54/.test(text) && /Mali\s+36/.test(text) && /Niger\s+7/.test(text) && /Togo\s+1/.test(text);

/**
 * The outcome's name: 'chart', 'removed on save' (what carried the chart was not stored),
 * 'fallback table', 'shortcode as text', 'link', 'address as text', 'nothing', or
 * 'broken: …'.
 */
export function outcomeOf({ read, kept, pluginOn }) {
  if (!kept) return 'removed on save';
  const drawn = [...read.charts, ...read.frames.flatMap((frame) => frame.charts)].some(
    (chart) => chart.status === 'ready' && !figuresProblem(chart),
  );
  if (pluginOn) {
    const problems = chartProblems(read);
    return problems.length ? `broken: ${problems.join('; ')}` : 'chart';
  }
  if (drawn) return 'chart';
  if (read.tablesShown.some(holdsFigures)) return 'fallback table';
  if (read.text.includes('[conflict_chart')) return 'shortcode as text';
  if (read.links.some((href) => href.includes('embed.html'))) return 'link';
  if (read.text.includes('embed.html?')) return 'address as text';
  return 'nothing';
}

const parseJson = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return `unreadable: ${text}`;
  }
};

/**
 * What a case's page lost of its JSON attributes (single-quoted in the Custom HTML block,
 * double-quoted with `&quot;` in the classic post), `<cc-annotation>` and global attributes.
 */
export function attributeProblems(caseId, read, role) {
  const problems = [];
  const where = `${caseId} by ${role}`;
  const [comparison, timeline] = read.charts;
  if (caseId === 'classic-tag' && parseJson(comparison.attributes.colors)?.Niger !== '#1f77b4') {
    problems.push(`${where}: colors is ${comparison.attributes.colors}`);
  }
  if (caseId !== 'custom-html') return problems;
  if (parseJson(comparison.attributes.colors)?.Mali !== '#c1272d')
    problems.push(`${where}: colors is ${comparison.attributes.colors}`);
  if (parseJson(timeline.attributes.annotations)?.[0]?.label !== 'Rainy season') {
    problems.push(`${where}: annotations is ${timeline.attributes.annotations}`);
  }
  if (timeline.annotations[0]?.date !== '2025-07-01')
    problems.push(`${where}: <cc-annotation> is ${JSON.stringify(timeline.annotations)}`);
  for (const name of ['id', 'class', 'aria-label', 'data-desk']) {
    if (!comparison.attributes[name]) problems.push(`${where}: ${name} was removed`);
  }
  return problems;
}
