import { expect } from '@open-wc/testing';
import { isLocaleLoaded, loadLocale, localeFor, registerLocale } from '../../src/locale/registry.js';
import { en } from '../../src/locale/en.js';

describe('locale/registry', () => {
  it('gives English for English, unknown and missing tags', () => {
    for (const tag of ['en', 'en-GB', 'xx', '', null, undefined]) expect(localeFor(tag).code, String(tag)).to.equal('en');
  });

  it('loads French on first use, for fr and its regional tags', async () => {
    const french = await loadLocale('fr-ML');
    expect(french.code).to.equal('fr');
    expect(isLocaleLoaded('FR-BF')).to.equal(true);
    expect(localeFor(' fr-NE ').strings.events).to.equal('Événements');
  });

  it('takes a locale an app registers, from the next lookup', async () => {
    expect(isLocaleLoaded('pt')).to.equal(true); // nothing to load: English stands in
    registerLocale({ ...en, code: 'PT', strings: { ...en.strings, events: 'Eventos' } });
    expect(localeFor('pt-BR').strings.events).to.equal('Eventos');
    expect((await loadLocale('pt')).code).to.equal('PT');
  });
});
