import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { ExportMenu } from '../../src/export/export-menu.js';
import { en } from '../../src/locale/en.js';
import { LIGHT_TOKENS } from '../../src/themes/tokens.js';

/** A bare element with the export menu alone, drawing nothing but the rows it is given. */
class MenuHost extends LitElement {
  announced: string[] = [];
  readonly menu = new ExportMenu({
    host: this,
    view: () => undefined,
    rows: () => [
      { country: 'Burkina Faso', value: 54 },
      { country: 'Mali, "central"', value: 36 },
    ],
    frame: () => ({ heading: 'Attacks claimed by JNIM, July 2025', tokens: LIGHT_TOKENS }),
    announce: (text) => this.announced.push(text),
  });
  override render() {
    return html`${this.menu.render(en.strings)}`;
  }
}
customElements.define('cc-test-menu-host', MenuHost);

const button = (host: MenuHost) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
const menu = (host: MenuHost) => host.shadowRoot!.querySelector<HTMLElement>('[part="menu"]')!;
const focused = (host: MenuHost) => (host.shadowRoot!.activeElement as HTMLElement | null)?.dataset.action;
const press = (host: MenuHost, key: string) =>
  host.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

describe('ExportMenu', () => {
  it('opens on its button with focus on the first item; arrows, Home and End move; Escape closes back to the button', async () => {
    const host = await fixture<MenuHost>(fixtureHtml`<cc-test-menu-host></cc-test-menu-host>`);
    expect(menu(host).hidden).to.equal(true);
    expect(button(host).getAttribute('aria-expanded')).to.equal('false');
    button(host).click();
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(menu(host).hidden).to.equal(false);
    expect(button(host).getAttribute('aria-expanded')).to.equal('true');
    expect(focused(host)).to.equal('png');
    press(host, 'ArrowDown');
    expect(focused(host)).to.equal('svg');
    press(host, 'ArrowUp');
    press(host, 'ArrowUp');
    expect(focused(host)).to.equal('embed');
    press(host, 'Home');
    expect(focused(host)).to.equal('png');
    press(host, 'End');
    expect(focused(host)).to.equal('embed');
    press(host, 'Escape');
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(menu(host).hidden).to.equal(true);
    expect(host.shadowRoot!.activeElement).to.equal(button(host));
  });

  it('downloads the values drawn as CSV, named after the heading', async () => {
    const host = await fixture<MenuHost>(fixtureHtml`<cc-test-menu-host></cc-test-menu-host>`);
    const saved = new Promise<{ name: string; text: string }>((resolve) => {
      const onClick = async (event: Event) => {
        const link = event.target as HTMLAnchorElement;
        if (!(link instanceof HTMLAnchorElement) || !link.download) return;
        event.preventDefault();
        document.removeEventListener('click', onClick, true);
        resolve({ name: link.download, text: await (await fetch(link.href)).text() });
      };
      document.addEventListener('click', onClick, true);
    });
    host.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="csv"]')!.click();
    const { name, text } = await saved;
    expect(name).to.equal('attacks-claimed-by-jnim-july-2025.csv');
    expect(
      text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).to.deep.equal(['country,value', 'Burkina Faso,54', '"Mali, ""central""",36']);
    expect(host.announced).to.deep.equal([]);
  });
});
