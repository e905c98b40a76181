// Type tests for types/svelte.d.ts: the attributes svelte-check checks markup against.
import type { CcSelectEvent, ComparisonRow } from 'conflict-charts';
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'conflict-charts/svelte';

export const right: SvelteHTMLElements['country-comparison'] = {
  data: [],
  highlight: 'Mali',
  'value-field': 'claimed_attacks',
  'oncc-select': (event: CcSelectEvent<ComparisonRow>) => event.detail.country,
  class: 'chart',
};

// @ts-expect-error: not a grouping of the comparison
export const badGroup: SvelteHTMLElements['country-comparison'] = { 'group-by': 'country' };
// @ts-expect-error: a breakdown row has no period
export const badEvent: SvelteHTMLElements['actor-breakdown'] = { 'oncc-select': (event) => event.detail.period };
