import { expect } from '@open-wc/testing';
import { allowedAttributes, cleanText, readEmbedParameters, safeUrl } from '../../src/embed/params.js';

const BASE = 'https://charts.example.org/conflict-charts/embed.html?chart=attack-timeline';
const read = (params: Record<string, string> | string) =>
  readEmbedParameters(typeof params === 'string' ? params : `?${new URLSearchParams(params)}`, BASE);

describe('embed.html parameters', () => {
  it('keeps http(s) and relative sources, and refuses every other scheme', () => {
    expect(safeUrl('../data/events.csv', BASE)).to.equal('https://charts.example.org/data/events.csv');
    expect(safeUrl('/data/events.csv', BASE)).to.equal('https://charts.example.org/data/events.csv');
    expect(safeUrl('my file.csv', BASE)).to.equal('https://charts.example.org/conflict-charts/my%20file.csv');
    expect(safeUrl('HTTPS://data.example.org/a.csv', BASE)).to.equal('https://data.example.org/a.csv');
    expect(safeUrl('//cdn.example.org/x.csv', BASE)).to.equal('https://cdn.example.org/x.csv');
    for (const hostile of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java script:alert(1)',
      'java\u0000script:alert(1)',
      'data:text/csv,a,b',
      'blob:https://x/1',
      'file:///etc/passwd',
      'vbscript:x',
      'https://user:secret@example.org/x.csv',
      '',
      '   ',
    ]) {
      expect(safeUrl(hostile, BASE), hostile).to.equal(undefined);
    }
  });

  it('cleans text: no control or bidi characters, trimmed, capped on a code point', () => {
    expect(cleanText('  a\u0000b\u202Ec\u2066d\ne  ')).to.equal('abcd e');
    expect(cleanText('<img src=x onerror=alert(1)>')).to.equal('<img src=x onerror=alert(1)>');
    const long = cleanText('😀'.repeat(400));
    expect(Array.from(long)).to.have.length(300);
    expect(long.endsWith('😀')).to.equal(true);
  });

  it('allows only the attributes of the chart asked for', () => {
    const request = read({
      chart: 'attack-timeline',
      interval: 'year',
      highlight: 'Mali',
      onload: 'x',
      style: 'x',
      heading: 'H',
    });
    expect(request.chart).to.equal('attack-timeline');
    expect([...request.attributes]).to.deep.equal([
      ['interval', 'year'],
      ['heading', 'H'],
    ]);
    expect(request.ignored).to.have.length(3);
    expect(allowedAttributes('country-comparison').has('highlight')).to.equal(true);
    expect(allowedAttributes('actor-breakdown').has('interval')).to.equal(false);
  });

  it('checks numbers, flags and colours, and keeps the first of a repeated name', () => {
    const request = read(
      '?chart=actor-breakdown&top=5&top=9&height=1e9&max-rows=-1&include-civilians&colors=' +
        encodeURIComponent(JSON.stringify({ JNIM: '#2f6db5', ISWAP: 'url(javascript:alert(1))', Other: 'rgb(1, 2, 3)' })),
    );
    expect(request.attributes.get('top')).to.equal('5');
    expect(request.attributes.has('height')).to.equal(false);
    expect(request.attributes.has('max-rows')).to.equal(false);
    expect(request.attributes.get('include-civilians')).to.equal('');
    expect(JSON.parse(request.attributes.get('colors')!)).to.deep.equal({ JNIM: '#2f6db5', Other: 'rgb(1, 2, 3)' });
  });

  it('refuses an unknown chart, and names height messages safely', () => {
    expect(read({ chart: '<script>' }).chart).to.equal(undefined);
    expect(read({ chart: 'ATTACK-TIMELINE' }).chart).to.equal('attack-timeline');
    expect(read({ chart: 'attack-timeline', id: 'my chart"><b>' }).id).to.equal('mychartb');
    expect(read({ chart: 'attack-timeline' }).id).to.match(/^cc-[0-9a-z]+$/);
  });
});
