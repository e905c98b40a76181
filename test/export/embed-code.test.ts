import { expect } from '@open-wc/testing';
import { embedCode } from '../../src/export/embed-code.js';

describe('embedCode', () => {
  it('gives the script and the tag as the author wrote it, with src made absolute', () => {
    const el = document.createElement('country-comparison');
    el.setAttribute('src', 'data/claims.csv');
    el.setAttribute('heading', 'Attacks "claimed" <by> JNIM & allies');
    el.setAttribute('highlight', 'Burkina Faso');
    el.setAttribute('eager', '');
    // What the element sets on itself is not the author's.
    el.setAttribute('status', 'ready');
    el.setAttribute('data-theme', 'dark');
    const base = new URL('data/claims.csv', document.baseURI).href;
    expect(embedCode(el, 'https://cdn.example.org/conflict-charts.js')).to.equal(
      '<script type="module" src="https://cdn.example.org/conflict-charts.js"></script>\n' +
        `<country-comparison src="${base}" heading="Attacks &quot;claimed&quot; &lt;by> JNIM &amp; allies" highlight="Burkina Faso" eager></country-comparison>`,
    );
  });

  it('finds the page’s own conflict-charts.js when no URL is given', () => {
    // Inserted as HTML, a script never runs (nor loads): only its src is read.
    document.head.insertAdjacentHTML(
      'beforeend',
      '<script type="module" src="https://news.example.org/js/conflict-charts.js?v=3"></script>',
    );
    const script = document.head.lastElementChild!;
    try {
      const code = embedCode(document.createElement('attack-timeline'));
      expect(code).to.equal(
        '<script type="module" src="https://news.example.org/js/conflict-charts.js?v=3"></script>\n<attack-timeline></attack-timeline>',
      );
    } finally {
      script.remove();
    }
  });
});
