// The script of dist/embed.html: draws one chart element from the page's URL parameters and
// tells the parent page its height. embed.html loads conflict-charts.js first (which defines
// the elements), then this file; neither is inline, so the page works under `script-src 'self'`.
import type { CcErrorEvent } from '../events/events.js';
import { CHARTS, readEmbedParameters } from './params.js';

/** The message this page posts to its parent whenever its height changes. */
export interface EmbedHeightMessage {
  type: 'conflict-charts:height';
  /** The `id` URL parameter (or a name derived from the URL). */
  id: string;
  /** The page's height in CSS pixels. */
  height: number;
}

const request = readEmbedParameters(location.search, location.href);
const root = document.getElementById('chart') ?? document.body;

if (request.ignored.length) console.warn(`conflict-charts embed: ignored ${request.ignored.join('; ')}`);

if (!request.chart) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'embed-error';
  // Text only: the parameter is never parsed as HTML.
  const choices = CHARTS.map((tag) => `chart=${tag}`);
  message.textContent = `This embed needs a chart parameter: ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}.`;
  root.append(message);
} else {
  const element = document.createElement(request.chart);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  const heading = request.attributes.get('heading');
  if (heading) document.title = heading;
  const locale = request.attributes.get('locale');
  if (locale && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) document.documentElement.lang = locale;
  element.addEventListener('cc-render', () => postHeight());
  element.addEventListener('cc-error', (event: CcErrorEvent) => {
    postHeight();
    console.info(`conflict-charts embed: ${event.detail.message}`);
  });
  root.append(element);
}

let lastHeight = -1;

/** Posts the page's height to the parent in our shape and in Datawrapper's. */
function postHeight(): void {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || height <= 0) return;
  lastHeight = height;
  const ours: EmbedHeightMessage = { type: 'conflict-charts:height', id: request.id, height };
  // The height is not a secret: any parent may read it.
  window.parent.postMessage(ours, '*');
  window.parent.postMessage({ 'datawrapper-height': { [request.id]: height } }, '*');
}

new ResizeObserver(() => postHeight()).observe(document.body);
addEventListener('load', () => postHeight());
// A parent that missed the first messages (its listener was added late) can ask again.
addEventListener('message', (event) => {
  if (event.source === window.parent && event.data === 'conflict-charts:height?') {
    lastHeight = -1;
    postHeight();
  }
});
