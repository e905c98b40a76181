import { en } from '../../src/locale/en.js';
import type { SpecContext } from '../../src/specs/common.js';
import { chartConfig } from '../../src/themes/config.js';
import { LIGHT_TOKENS } from '../../src/themes/tokens.js';

/** A spec context as an element in English, light theme, 600 px wide, would pass. */
export function specContext(overrides: Partial<SpecContext> = {}): SpecContext {
  return {
    measureLabel: 'UCDP lethal events',
    locale: en,
    tokens: LIGHT_TOKENS,
    config: chartConfig(LIGHT_TOKENS, en),
    width: 600,
    description: 'A chart',
    otherLabel: 'Other',
    ...overrides,
  };
}
