import { expect } from '@open-wc/testing';
import { inheritedLang } from '../../src/locale/inherited-lang.js';

describe('inheritedLang', () => {
  afterEach(() => document.getElementById('lang-fixture')?.remove());

  it('takes the closest ancestor’s lang, its own first', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div id="lang-fixture" lang="fr"><p><span id="inner"></span></p><i lang="en" id="own"></i></div>',
    );
    expect(inheritedLang(document.getElementById('inner')!)).to.equal('fr');
    expect(inheritedLang(document.getElementById('own')!)).to.equal('en');
  });

  it('crosses shadow roots up to the host’s ancestors', () => {
    document.body.insertAdjacentHTML('beforeend', '<section id="lang-fixture" lang="fr-CA"><div id="host"></div></section>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<figure><figcaption></figcaption></figure>';
    expect(inheritedLang(root.querySelector('figcaption')!)).to.equal('fr-CA');
  });

  it('is null when no ancestor says (an element outside the document, too)', () => {
    const lonely = document.createElement('div');
    lonely.append(document.createElement('span'));
    expect(inheritedLang(lonely.firstElementChild!)).to.equal(null);
  });
});
