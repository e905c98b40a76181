import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';

class LocaleHost extends LitElement {
  locale?: string;
  readonly language = new LocaleController(this);
}
customElements.define('cc-test-locale-host', LocaleHost);

describe('LocaleController', () => {
  it('speaks the locale attribute, else the closest ancestor’s lang, else English', async () => {
    const wrapper = document.createElement('section');
    wrapper.lang = 'fr-ML';
    const el = document.createElement('cc-test-locale-host') as LocaleHost;
    wrapper.append(el);
    document.body.append(wrapper);
    expect(el.language.tag).to.equal('fr-ML');
    el.locale = 'en';
    expect(el.language.tag).to.equal('en');
    expect(el.language.current.strings.showData).to.equal('Show data');
    wrapper.remove();
  });

  it('loads French on first use, and updates the element when it arrives', async () => {
    const el = document.createElement('cc-test-locale-host') as LocaleHost;
    el.locale = 'fr';
    document.body.append(el);
    await el.updateComplete;
    await el.language.loading;
    await el.updateComplete;
    expect(el.language.current.code).to.equal('fr');
    expect(el.language.current.strings.showData).to.equal('Afficher les données');
    expect((await el.language.ready()).code).to.equal('fr');
    el.remove();
  });

  it('writes English for a language it does not have', () => {
    const el = document.createElement('cc-test-locale-host') as LocaleHost;
    el.locale = 'pt-BR';
    expect(el.language.current.code).to.equal('en');
  });
});
