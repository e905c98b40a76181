import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ThemeController } from '../../src/controllers/theme-controller.js';

class ThemeHost extends LitElement {
  theme = 'light';
  updates = 0;
  readonly themes = new ThemeController(this);
  override updated() {
    this.updates++;
  }
}
customElements.define('cc-test-theme-host', ThemeHost);

function host(theme: string): ThemeHost {
  const el = document.createElement('cc-test-theme-host') as ThemeHost;
  el.theme = theme;
  document.body.append(el);
  return el;
}

describe('ThemeController', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('draws light and dark with the theme’s background (white, #14181d)', () => {
    const light = host('light');
    const dark = host('dark');
    expect(light.themes.resolved()).to.equal('light');
    expect(dark.themes.resolved()).to.equal('dark');
    expect(light.themes.tokens().background.toLowerCase()).to.equal('#ffffff');
    expect(dark.themes.tokens().background.toLowerCase()).to.equal('#14181d');
    light.remove();
    dark.remove();
  });

  it('follows the reader’s colour scheme with auto, and updates the element when it changes', async () => {
    const el = host('auto');
    expect(el.themes.resolved()).to.equal('light');
    const updates = el.updates;
    await emulateMedia({ colorScheme: 'dark' });
    await el.updateComplete;
    expect(el.themes.resolved()).to.equal('dark');
    expect(el.updates).to.be.greaterThan(updates);
    el.remove();
  });

  it('prints a dark chart in light colours between beforeprint and afterprint', async () => {
    const el = host('dark');
    const before = el.themes.key;
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.themes.printing).to.equal(true);
    expect(el.themes.resolved()).to.equal('light');
    expect(el.themes.resolved(false)).to.equal('dark');
    expect(el.themes.tokens().background.toLowerCase()).to.equal('#ffffff');
    expect(el.themes.key).to.not.equal(before);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.themes.printing).to.equal(false);
    expect(el.themes.key).to.equal(before);
    el.remove();
  });

  it('stops listening when the element is removed', () => {
    const el = host('dark');
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.themes.printing).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });
});
