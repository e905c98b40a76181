import type { StoryObj } from '@storybook/web-components-vite';
import { MISSING } from './datasets.ts';
import {
  EXPECT_LOADING,
  EXPECT_MISSING_FILE,
  EXPECT_UNUSABLE_COLUMNS,
  EXPECT_UNUSABLE_COLUMNS_FR,
  MISSING_FILE_CONSOLE_ERRORS,
  UNUSABLE_ROWS,
  neverSettles,
} from './expectations.ts';
import type { ChartTag } from './manifest.ts';
import { renderChart } from './render-chart.ts';

/**
 * The states all three elements reach the same way — loading, a missing file, unusable
 * columns — as stories for `tag`. Each states file re-exports them under the same names.
 */
export function sharedStates(tag: ChartTag) {
  return {
    Loading: {
      render: (args) => renderChart(tag, args, { data: neverSettles() }),
      args: { heading: 'Loading: .data is a Promise that never settles' },
      parameters: { expect: EXPECT_LOADING },
    },
    ErrorMissingFile: {
      args: { src: MISSING, heading: 'Error: src points to a file that does not exist' },
      parameters: { expect: EXPECT_MISSING_FILE, expectedConsoleErrors: MISSING_FILE_CONSOLE_ERRORS },
    },
    ErrorUnusableColumns: {
      args: { data: UNUSABLE_ROWS, heading: 'Error: no column the chart can read' },
      parameters: { expect: EXPECT_UNUSABLE_COLUMNS },
    },
    ErrorInFrench: {
      args: { data: UNUSABLE_ROWS, locale: 'fr', heading: 'Erreur, en français : aucune colonne lisible' },
      parameters: { expect: EXPECT_UNUSABLE_COLUMNS_FR },
    },
  } satisfies Record<string, StoryObj>;
}
