import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/base/define.js';

describe('defineElement', () => {
  it('defines a tag once; a second copy of the bundle keeps the first and says which version won', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      class Third extends HTMLElement {}
      defineElement('cc-define-probe', First, '1.0.0');
      defineElement('cc-define-probe', Second, '1.0.0');
      expect(warnings).to.deep.equal([]);
      defineElement('cc-define-probe', Third, '2.0.0');
      expect(customElements.get('cc-define-probe')).to.equal(First);
      expect(warnings).to.deep.equal([
        'conflict-charts: <cc-define-probe> is already defined by version 1.0.0; this copy (version 2.0.0) is not used.',
      ]);
    } finally {
      console.warn = warn;
    }
  });
});
