/** The colours and type a chart is drawn with; every field can come from a `--cc-*` custom property. */
export interface ChartTokens {
  fontFamily: string;
  fontSize: number;
  titleFontSize: number;
  text: string;
  muted: string;
  background: string;
  grid: string;
  accent: string;
  /** Categorical colours, in order. */
  palette: string[];
  /** Colour of the "Other" bucket. */
  other: string;
}

const SYSTEM_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/** Defaults checked for WCAG AA text contrast on their own background. */
export const LIGHT_TOKENS: ChartTokens = {
  fontFamily: SYSTEM_FONT,
  fontSize: 12,
  titleFontSize: 13,
  text: '#1f2328',
  muted: '#57606a',
  background: '#ffffff',
  grid: '#e4e7eb',
  accent: '#c0392b',
  palette: ['#2f6db5', '#e07b00', '#2a9d8f', '#b5446e', '#7a5cb8', '#8c6d1f', '#3d8b37', '#d1495b'],
  other: '#9aa1a9',
};

export const DARK_TOKENS: ChartTokens = {
  fontFamily: SYSTEM_FONT,
  fontSize: 12,
  titleFontSize: 13,
  text: '#e6edf3',
  muted: '#9da7b1',
  background: '#14181d',
  grid: '#2d333b',
  accent: '#ff7b72',
  palette: ['#6ea8fe', '#ffa94d', '#4fd1c5', '#f783ac', '#b197fc', '#e3c16f', '#8ce99a', '#ff8787'],
  other: '#6e7781',
};

/** CSS custom property → token. Unset properties keep the theme's value. */
export const TOKEN_PROPERTIES: Record<string, keyof ChartTokens> = {
  '--cc-font-family': 'fontFamily',
  '--cc-font-size': 'fontSize',
  '--cc-title-font-size': 'titleFontSize',
  '--cc-text-color': 'text',
  '--cc-muted-color': 'muted',
  '--cc-background': 'background',
  '--cc-grid-color': 'grid',
  '--cc-accent': 'accent',
  '--cc-palette': 'palette',
  '--cc-other-color': 'other',
};

/** Reads `--cc-*` custom properties set on (or inherited by) `element` over a theme's tokens. */
export function tokensFromCss(element: Element, base: ChartTokens): ChartTokens {
  const style = getComputedStyle(element);
  const tokens: ChartTokens = { ...base };
  for (const [property, key] of Object.entries(TOKEN_PROPERTIES)) {
    const raw = style.getPropertyValue(property).trim();
    if (!raw) continue;
    if (key === 'palette') {
      const colours = raw.split(/[\s,]+/).filter(Boolean);
      if (colours.length) tokens.palette = colours;
    } else if (key === 'fontSize' || key === 'titleFontSize') {
      const size = parseFloat(raw);
      if (Number.isFinite(size) && size > 0) tokens[key] = size;
    } else {
      tokens[key] = raw;
    }
  }
  return tokens;
}
