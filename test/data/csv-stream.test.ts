import { expect } from '@open-wc/testing';
import { DelimitedStream } from '../../src/data/csv-stream.js';
import { delimiterFor, layoutOf, parseTable, type TableKind } from '../../src/data/parse-table.js';
import { mulberry32 } from '../../bench/generate.js';

/* The streaming CSV reader against parseTable (d3-dsv) on random awkward text cut at random
   places: the same rows and columns whatever the cuts. */

const PIECES = ['a', 'Mali', ' ', '', '"', '""', '"x,y"', '"line\nbreak"', '"a""b"', ',', ';', '\t', '\n', '\r\n', '\r', '#tag', '2025-07-15', 'é', '"unclosed', 'x"y'];

function randomText(random: () => number): string {
  const delimiter = [',', ';', '\t'][Math.floor(random() * 3)];
  const header = ['date', 'country', ' actor ', '', 'date', 'n'].slice(0, 2 + Math.floor(random() * 5)).join(delimiter);
  let text = random() < 0.1 ? '\ufeff' : '';
  if (random() < 0.1) text += `sep=${delimiter}${random() < 0.5 ? '\r\n' : '\n'}`;
  text += header + (random() < 0.5 ? '\n' : '\r\n');
  const lines = Math.floor(random() * 30);
  for (let l = 0; l < lines; l++) {
    const cells = Math.floor(random() * 6);
    for (let c = 0; c < cells; c++) {
      text += random() < 0.7 ? PIECES[Math.floor(random() * 4) + 1] : PIECES[Math.floor(random() * PIECES.length)];
      if (c < cells - 1) text += random() < 0.9 ? delimiter : PIECES[Math.floor(random() * PIECES.length)];
    }
    text += ['\n', '\r\n', '\r', '\n\n', ''][Math.floor(random() * 5)];
  }
  return text;
}

function streamed(text: string, kind: TableKind, cuts: number[]) {
  const stream = new DelimitedStream(delimiterFor(kind));
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    stream.push(text.slice(from, cut));
    stream.parse();
    from = cut;
  }
  return stream.finish();
}

function outcome(fn: () => unknown) {
  try {
    return fn();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('DelimitedStream against parseTable', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`reads random text cut anywhere like the whole text (seed ${seed})`, () => {
      const random = mulberry32(seed);
      for (let round = 0; round < 150; round++) {
        const text = randomText(random);
        const kind = (['auto', 'csv', 'tsv'] as const)[Math.floor(random() * 3)];
        if (layoutOf(text + 'x', kind) !== 'delimited') continue;
        const expected = outcome(() => parseTable(text, kind));
        if ('error' in (expected as object)) continue;
        const cuts = Array.from({ length: Math.floor(random() * 6) }, () => Math.floor(random() * text.length)).sort((a, b) => a - b);
        const one = Array.from({ length: text.length }, (_, i) => i);
        expect(streamed(text, kind, cuts), JSON.stringify({ text, cuts })).to.deep.equal(expected);
        expect(streamed(text, kind, one), JSON.stringify({ text, one: true })).to.deep.equal(expected);
      }
    });
  }

  it('handles line ends, quotes and the last line like d3-dsv', () => {
    const texts = [
      'a,b\n1,2', 'a,b\n1,2\n', 'a,b\n1,2\n\n', 'a,b\r\n1,2\r\n', 'a,b\r1,2\r', 'a,b\n"1\n2",3\n', 'a,b\n"x""y",z',
      'a,b\n"open,2\n', 'a,b\n"q"x,2\n', 'a,b\n1,\n', 'a\n\r', 'a,b\n,\n', 'sep=;\na;b\n1;2\n', '\ufeffa;b\n1;2', '"a,b",c\n1,2\n',
      'a,b\n#x,#y\n1,2\n', 'a,a,,b\n1,2,3,4\n',
    ];
    for (const text of texts) {
      const expected = parseTable(text);
      expect(streamed(text, 'auto', []), text).to.deep.equal(expected);
      expect(streamed(text, 'auto', Array.from({ length: text.length }, (_, i) => i)), text).to.deep.equal(expected);
    }
  });

  it('stops at the deadline and goes on where it stopped', () => {
    const text = 'a,b\n' + Array.from({ length: 5000 }, (_, i) => `${i},x`).join('\n');
    const stream = new DelimitedStream();
    stream.push(text);
    let slices = 0;
    while (!stream.parse(performance.now() - 1)) slices++;
    expect(slices).to.be.greaterThan(3);
    expect(stream.finish()).to.deep.equal(parseTable(text));
  });
});

describe('layoutOf', () => {
  it('tells CSV from JSON, HTML and empty text as parseTable does', () => {
    expect(layoutOf('  ', 'auto')).to.equal(undefined);
    expect(layoutOf('<!do', 'csv')).to.equal(undefined);
    expect(layoutOf('<!doctype html>', 'csv')).to.equal('whole');
    expect(layoutOf('<html>', 'auto')).to.equal(undefined);
    expect(layoutOf('<html><head>', 'auto')).to.equal('whole');
    expect(layoutOf('<a>,b\n', 'csv')).to.equal(undefined);
    expect(layoutOf('<a>,b\n1,2\n', 'csv')).to.equal('delimited');
    expect(layoutOf(' [{"a":1}]', 'auto')).to.equal('whole');
    expect(layoutOf('[a],b', 'csv')).to.equal('delimited');
    expect(layoutOf('a,b', 'json')).to.equal('whole');
    expect(layoutOf('\ufeffa;b', 'auto')).to.equal('delimited');
  });
});
