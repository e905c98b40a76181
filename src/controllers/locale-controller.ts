import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inheritedLang } from '../locale/inherited-lang.js';
import { isLocaleLoaded, loadLocale, localeFor } from '../locale/registry.js';
import type { ChartLocale } from '../locale/types.js';

interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  readonly locale?: string;
}

/**
 * The language a chart speaks: its `locale`, else the closest ancestor's `lang`. A bundled
 * language that is not loaded yet (French) is loaded on first use, and the element updates when
 * it arrives; until then it writes English.
 */
export class LocaleController implements ReactiveController {
  /** The loading of a bundled language, while it lasts. */
  loading?: Promise<unknown>;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  /** The language tag asked for, or null for none. */
  get tag(): string | null {
    return this.host.locale || inheritedLang(this.host);
  }

  /** The locale to write in now: English while a bundled language is still loading. */
  get current(): ChartLocale {
    return localeFor(this.tag);
  }

  /** The locale asked for, loaded. */
  ready(): Promise<ChartLocale> {
    return loadLocale(this.tag);
  }

  hostUpdate(): void {
    const tag = this.tag;
    if (isLocaleLoaded(tag) || this.loading) return;
    const loading: Promise<void> = loadLocale(tag)
      .then(
        () => this.host.requestUpdate(),
        () => undefined,
      )
      .finally(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    this.loading = loading;
  }
}
