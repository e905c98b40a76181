import { englishErrors } from '../errors/messages-en.js';
import type { Interval } from '../data/types.js';
import { formatNumber } from './format.js';
import type { ChartLocale, ChangeWords } from './types.js';

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/** "in May 2025", "on 2 May 2025", "in the week of 5 May 2025". */
const inPeriod = (period: string, interval: Interval) =>
  interval === 'day' ? `on ${period}` : interval === 'week' ? `in the ${lower(period)}` : `in ${period}`;
const thePeriod = (period: string, interval: Interval) => (interval === 'week' ? `the ${lower(period)}` : period);
const LAST_FULL = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };
const trendUp = (percent: string, year: string) => `up ${percent} on ${year}`;
const trendDown = (percent: string, year: string) => `down ${percent} on ${year}`;
const trendLevel = (year: string) => `level with ${year}`;

function changeSinceLast(s: ChangeWords): string {
  const before = s.previousPeriod && thePeriod(s.previousPeriod, s.interval);
  const against = !before
    ? ''
    : s.direction === 'up'
      ? `, ${trendUp(s.percent!, before)}`
      : s.direction === 'down'
        ? `, ${trendDown(s.percent!, before)}`
        : s.direction === 'level'
          ? `, ${trendLevel(before)}`
          : ` against ${s.previous} ${inPeriod(s.previousPeriod!, s.interval)}`;
  const partial = s.partial
    ? ` (the data for ${thePeriod(s.partial, s.interval)} is incomplete, so that ${LAST_FULL[s.interval]} is left out)`
    : '';
  return `Last full ${LAST_FULL[s.interval]}: ${s.last} ${inPeriod(s.lastPeriod, s.interval)}${against}${partial}.`;
}

export const en: ChartLocale = {
  code: 'en',
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
  time: {
    dateTime: '%x, %X',
    date: '%-m/%-d/%Y',
    time: '%-I:%M:%S %p',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  strings: {
    loading: 'Loading data…',
    loadingProgress: (percent) => `Loading data… ${percent}%`,
    empty: 'No events match these filters.',
    errorTitle: 'This chart could not be drawn',
    other: 'Other',
    events: 'Events',
    fatalities: 'Fatalities',
    acledEvents: 'ACLED events',
    ucdpEvents: 'UCDP lethal events',
    acledFatalities: 'Fatalities (ACLED)',
    ucdpFatalities: 'Fatalities (UCDP best estimate)',
    share: 'Share',
    period: 'Period',
    country: 'Country',
    actor: 'Actor',
    eventType: 'Event type',
    skippedNote: (count, reasons) => `${count.toLocaleString('en')} ${count === 1 ? 'row' : 'rows'} skipped: ${reasons}`,
    sourceUcdp: 'Data: UCDP GED (CC BY 4.0)',
    sourceAcled: 'Data: Armed Conflict Location & Event Data (ACLED), acleddata.com',
    accessedOn: (date) => `, accessed ${date}`,
    sourcePrefix: 'Source',
    notePrefix: 'Note',
    periodFormat: { day: '%-d %B %Y', week: 'Week of %-d %b %Y', month: '%B %Y', quarter: '%Y', year: '%Y' },
    quarterLabel: 'Q',
    keyboardHint: 'Use the arrow keys to read each value; Enter selects it.',
    showData: 'Show data',
    hideData: 'Hide data',
    perInterval: { day: 'per day', week: 'per week', month: 'per month', quarter: 'per quarter', year: 'per year' },
    summaryTimeline: (s) =>
      `${s.measure} ${s.per}, ${s.start} to ${s.end}: peak of ${s.peak} in ${s.peakPeriod}${s.trend ? `, ${s.trend}` : ''}.` +
      (s.leader ? ` Largest: ${s.leader}.` : ''),
    trendUp,
    trendDown,
    trendLevel,
    summaryRanking: (s) => `${s.measure} ${s.by}: ${s.items}${s.more ? `, and ${s.more} more` : ''}.`,
    changeSinceLast,
    firstInRange: (items, more) =>
      `First in this range: ${items.join(', ')}${more ? `, and ${formatNumber(more, en)} more` : ''}.`,
    exportMenu: 'Download or share',
    downloadPng: 'Download image (PNG)',
    downloadSvg: 'Download image (SVG)',
    downloadCsv: 'Download data (CSV)',
    copyEmbed: 'Copy embed code',
    embedCopied: 'Embed code copied.',
    exportFailed: 'The export failed:',
    marked: (list) => `Marked on the chart: ${list}.`,
    toDate: 'to date',
    skipReasons: {},
    byCountry: 'by country',
    byActor: 'by actor',
    eventTypes: {},
    errors: englishErrors,
    unexpectedError: (message) => message,
  },
};
