// What each writer saves: one post per way of putting a chart in WordPress, the same chart in
// each (JNIM's claimed attacks in July 2025), and what every role should see come of it. The
// shortcode and the chart page address are the README's, as written there.
import { snippet } from '../examples/site.mjs';

/** The Counter Extremism Project's count of attacks JNIM claimed in July 2025 (Sahel Monitoring, July 2025). */
export const JULY_2025 = { 'Burkina Faso': 54, Mali: 36, Niger: 7, Togo: 1 };
/** The same month as one total, which the timeline draws. */
export const JULY_2025_TOTAL = 54 + 36 + 7 + 1;

export const ROLES = ['administrator', 'editor', 'author', 'contributor'];

const HEADING = 'Attacks claimed by JNIM, July 2025';
const SOURCE = 'Source: Counter Extremism Project, Sahel Monitoring July 2025';
const READING = { 'date-field': 'month', 'value-field': 'claimed_attacks', from: '2025-07', to: '2025-07' };

const attributes = (record) =>
  Object.entries(record)
    .map(([name, value]) => (value.includes('"') ? `${name}='${value}'` : `${name}="${value}"`))
    .join(' ');

/** The README's chart page address, pointed at this site's plugin and upload. */
export function embedAddress({ embedPage, csvUrl }) {
  const address = new URL(snippet('wordpress-embed').text.trim());
  address.searchParams.set('src', csvUrl);
  return `${embedPage}${address.search}`;
}

/** The README's shortcode, reading `src`. */
const readmeShortcode = (src) =>
  snippet('wordpress-shortcode')
    .text.trim()
    .replace(/ src="[^"]*"/, ` src="${src}"`);

const fallbackTable = `<table>
<tr><th>country</th><th>claimed_attacks</th><th>month</th></tr>
${Object.entries(JULY_2025)
  .map(([country, n]) => `<tr><td>${country}</td><td>${n}</td><td>2025-07</td></tr>`)
  .join('\n')}
</table>`;

const wpBlock = (name, inner) => `<!-- wp:${name} -->\n${inner}\n<!-- /wp:${name} -->`;

/**
 * The cases, in the README table's order. `editor` cases are made in the block editor;
 * `content` cases are saved through REST as typed. `expected` is what an anonymous reader
 * should get, per role, with the plugin on; `off` with it switched off.
 */
export const CASES = [
  {
    id: 'block',
    // What must be in the stored post for the chart to be there at all.
    carrier: /<!-- wp:conflict-charts\/chart /,
    label: 'Block editor: the "Conflict chart" block',
    editor: ({ csvUrl }) => ({
      blocks: [
        {
          name: 'conflict-charts/chart',
          attributes: {
            chart: 'country-comparison',
            options: { src: csvUrl, ...READING, heading: HEADING, source: SOURCE, highlight: 'Burkina Faso' },
          },
        },
      ],
      // The preview has drawn and the block has kept its figures as the fallback table.
      ready: () => window.wp.data.select('core/block-editor').getBlocks()[0]?.attributes.fallbackRows?.length > 0,
    }),
    expected: { all: 'chart' },
    off: 'fallback table',
  },
  {
    id: 'shortcode-block',
    carrier: /\[conflict_chart /,
    label: 'Block editor: Shortcode block',
    content: ({ csvUrl }) => wpBlock('shortcode', readmeShortcode(csvUrl)),
    expected: { all: 'chart' },
    off: 'shortcode as text',
  },
  {
    id: 'custom-html',
    carrier: /<country-comparison /,
    label: 'Block editor: chart tags in a Custom HTML block',
    content: ({ csvUrl, boundariesUrl }) =>
      wpBlock(
        'html',
        `<country-comparison ${attributes({ src: csvUrl, ...READING, heading: HEADING, source: SOURCE, highlight: 'Burkina Faso', colors: '{"Mali":"#c1272d"}', id: 'claims', class: 'wide', 'aria-label': HEADING, 'data-desk': 'sahel' })}></country-comparison>
<attack-timeline ${attributes({ src: csvUrl, 'date-field': 'month', 'value-field': 'claimed_attacks', from: '2025-05', to: '2025-07', heading: 'Attacks claimed by JNIM per month', annotations: '[{"date":"2025-06-01","label":"Rainy season"}]' })}><cc-annotation date="2025-07-01">July</cc-annotation></attack-timeline>
<conflict-map ${attributes({ src: csvUrl, ...READING, mark: 'countries', boundaries: boundariesUrl, heading: 'Where JNIM claimed its attacks, July 2025' })}></conflict-map>`,
      ),
    expected: { all: 'chart' },
    off: 'nothing',
  },
  {
    id: 'embed-block',
    carrier: /embed\.html\?/,
    label: 'Block editor: Embed block with the chart page address',
    editor: (context) => ({
      blocks: [{ name: 'core/embed', attributes: { url: embedAddress(context) } }],
      // The Embed block has fetched its preview through /oembed/1.0/proxy.
      ready: () => {
        const block = window.wp.data.select('core/block-editor').getBlocks()[0];
        const preview = block && window.wp.data.select('core').getEmbedPreview(block.attributes.url);
        return Boolean(preview?.html?.includes('<iframe'));
      },
    }),
    expected: { all: 'chart' },
    off: 'address as text',
  },
  {
    id: 'iframe',
    carrier: /<iframe /,
    label: 'Block editor: iframe of the chart page in a Custom HTML block',
    content: (context) =>
      wpBlock(
        'html',
        `<iframe src="${embedAddress(context).replace(/&/g, '&amp;')}" title="${HEADING}" width="100%" height="420" style="width:100%;border:0" loading="lazy"></iframe>`,
      ),
    expected: { administrator: 'chart', editor: 'chart', author: 'removed on save', contributor: 'removed on save' },
    off: { administrator: 'chart', editor: 'chart', author: 'nothing', contributor: 'nothing' },
  },
  {
    id: 'classic-tag',
    carrier: /<country-comparison /,
    label: 'Classic editor: chart tag with a fallback table',
    content: ({ csvUrl }) => `JNIM claimed fewer attacks in July than in May.

<country-comparison ${attributes({ src: csvUrl, ...READING, heading: HEADING, source: SOURCE })}
  colors="{&quot;Niger&quot;:&quot;#1f77b4&quot;}">
${fallbackTable}
</country-comparison>

Burkina Faso had the most.`,
    expected: { all: 'chart' },
    off: 'fallback table',
  },
  {
    id: 'classic-shortcode',
    carrier: /\[conflict_chart /,
    label: 'Classic editor: shortcode (JSON data file)',
    content: ({ jsonUrl }) => `The month in figures:\n\n${readmeShortcode(jsonUrl)}\n\nFigures are the group's own claims.`,
    expected: { all: 'chart' },
    off: 'shortcode as text',
  },
];

/** What `role` should get from `kase`, with the plugin on (`which` = 'expected') or off ('off'). */
export function expectedOutcome(kase, role, which = 'expected') {
  const table = kase[which];
  return typeof table === 'string' ? table : (table[role] ?? table.all);
}
