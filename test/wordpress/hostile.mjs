// Attempts to run script through the plugin, saved by an author and by a contributor (who
// have no `unfiltered_html`): each must leave nothing that runs, in the stored post and in the
// page. Every payload sets window.__pwned and opens a dialog, so either shows it ran.
const RUN = 'window.__pwned=1;alert(1)';

/** Each snippet with a name for error messages. `data` is a CSV address on this site. */
export function hostileSnippets({ csvUrl }) {
  const reading = `date-field="month" value-field="claimed_attacks" from="2025-07" to="2025-07"`;
  return {
    'on* on <country-comparison>': `<country-comparison src="${csvUrl}" ${reading} onload="${RUN}" onclick="${RUN}" onmouseover="${RUN}"></country-comparison>`,
    'on* on <attack-timeline>': `<attack-timeline src="${csvUrl}" ${reading} onfocus="${RUN}" onmouseover="${RUN}" tabindex="0"></attack-timeline>`,
    'on* on <actor-breakdown>': `<actor-breakdown src="${csvUrl}" onclick="${RUN}" onpointerenter="${RUN}"></actor-breakdown>`,
    '<script> inside a tag': `<country-comparison src="${csvUrl}" ${reading}><script>${RUN}</script></country-comparison>`,
    'src="javascript:…"': `<country-comparison src="javascript:${RUN}"></country-comparison>`,
    'src="&#106;avascript:…"': `<country-comparison src="&#106;avascript:${RUN}"></country-comparison>`,
    'src=" JaVaScRiPt:…"': `<country-comparison src=" JaVaScRiPt:${RUN}"></country-comparison>`,
    'src="data:text/csv,…"': `<country-comparison src="data:text/csv,country%0AMali"></country-comparison>`,
    '<svg><script>': `<svg><script>${RUN}</script></svg><svg onload="${RUN}"></svg>`,
    'style with url(javascript:…)': `<attack-timeline src="${csvUrl}" ${reading} style="background:url(javascript:${RUN});position:fixed;inset:0"></attack-timeline>`,
    'attribute smuggling': `<country-comparison src="${csvUrl}" ${reading} heading='x" onmouseover="${RUN}" data-x="'></country-comparison>`,
    'JSON attribute holding </script>': `<attack-timeline src="${csvUrl}" ${reading} annotations='[{"date":"2025-07-01","label":"</script><script>${RUN}</script>"}]'></attack-timeline>`,
    '<cc-annotation onclick>': `<attack-timeline src="${csvUrl}" ${reading}><cc-annotation date="2025-07-01" onclick="${RUN}" onmouseover="${RUN}">Note</cc-annotation></attack-timeline>`,
    'shortcode: javascript: src and smuggled heading': `[conflict_chart type="country-comparison" src="javascript:${RUN}" heading='x" onmouseover="${RUN}' onload="${RUN}"]`,
    'shortcode: unknown type': `[conflict_chart type="script" src="${csvUrl}"]`,
    'shortcode: annotation with markup': `[conflict_chart type="attack-timeline" src="${csvUrl}" ${reading}][cc_annotation date="2025-07-01" onclick="${RUN}"]<img src=x onerror="${RUN}">[/cc_annotation][/conflict_chart]`,
  };
}

/** The post: the raw snippets in a Custom HTML block, the shortcodes in Shortcode blocks, and hostile blocks. */
export function hostileContent(context) {
  const snippets = hostileSnippets(context);
  const raw = Object.entries(snippets).filter(([name]) => !name.startsWith('shortcode'));
  const shortcodes = Object.entries(snippets).filter(([name]) => name.startsWith('shortcode'));
  const block = (attrs) => `<!-- wp:conflict-charts/chart ${JSON.stringify(attrs)} /-->`;
  return [
    `<!-- wp:html -->\n${raw.map(([, html]) => html).join('\n')}\n<!-- /wp:html -->`,
    ...shortcodes.map(([, code]) => `<!-- wp:shortcode -->\n${code}\n<!-- /wp:shortcode -->`),
    block({
      chart: 'country-comparison',
      options: {
        src: ` JaVaScRiPt:${RUN}`,
        onload: RUN,
        heading: `x" onmouseover="${RUN}`,
        colors: `</script><script>${RUN}</script>`,
      },
    }),
    block({ chart: 'script', options: { src: context.csvUrl } }),
    block({ chart: 'country-comparison', options: { src: `&#106;avascript:${RUN}`, 'date-field': `"><script>${RUN}</script>` } }),
  ].join('\n\n');
}

const decode = (text) =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':');

/** The text without spaces or control characters, which browsers skip in a URL's scheme. */
const withoutSpaces = (text) => [...text].filter((c) => c.charCodeAt(0) > 0x20).join('');

/** What could run in a piece of HTML: script elements, event handlers and styles on our tags, script URLs. */
export function runnableIn(html) {
  const found = [];
  if (/<script\b/i.test(html)) found.push('a <script> element');
  if (/<svg\b/i.test(html)) found.push('an <svg> element');
  for (const [tag] of html.matchAll(
    /<(?:attack-timeline|country-comparison|actor-breakdown|cc-annotation|iframe)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi,
  )) {
    const attributes = [...tag.matchAll(/\s([^\s"'=<>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)].map((m) => [
      m[1].toLowerCase(),
      (m[2] ?? '').replace(/^["']|["']$/g, ''),
    ]);
    for (const [name, value] of attributes) {
      if (name.startsWith('on')) found.push(`${name}= on ${tag.slice(0, 60)}`);
      if (name === 'style') found.push(`style= on ${tag.slice(0, 60)}`);
      if (name === 'src' && /^(javascript|data|vbscript):/i.test(withoutSpaces(decode(value))))
        found.push(`src=${value.slice(0, 40)}`);
    }
  }
  return found;
}
