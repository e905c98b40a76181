// The toolbar's theme and locale, applied to every story: the story is wrapped in an element
// with the chosen `lang` (which the charts inherit) and page colours, and every chart in it
// gets the `theme` attribute unless the story set one itself.
import type { Decorator } from '@storybook/web-components-vite';
import { render } from 'lit';
import { CHART_TAGS } from '../src/options/charts.ts';

const CHARTS = CHART_TAGS.join(', ');
const PAGE = {
  light: { background: '#ffffff', color: '#1f2328' },
  dark: { background: '#14181d', color: '#e6edf3' },
};

export const withThemeAndLocale: Decorator = (story, context) => {
  const theme: keyof typeof PAGE = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = context.globals.locale === 'fr' ? 'fr' : 'en';
  const frame = document.createElement('div');
  frame.className = 'cc-story-frame';
  frame.lang = locale;
  frame.dataset.theme = theme;
  Object.assign(frame.style, PAGE[theme], {
    padding: '1rem',
    boxSizing: 'border-box',
    minHeight: context.viewMode === 'story' ? '100vh' : 'auto',
  });
  const content = story();
  if (content instanceof Node) frame.append(content);
  else render(content, frame);
  // Set before the frame is connected, so each chart draws once, in the right theme.
  for (const chart of frame.querySelectorAll(CHARTS)) {
    if (!chart.hasAttribute('theme')) chart.setAttribute('theme', theme);
  }
  return frame;
};
