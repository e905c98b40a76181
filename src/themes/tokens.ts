/** The colors and type a chart is drawn with; every field can come from a `--cc-*` custom property. */
export interface ChartTokens {
  fontFamily: string;
  fontSize: number;
  titleFontSize: number;
  text: string;
  muted: string;
  background: string;
  grid: string;
  accent: string;
  /** Categorical colors, in order. */
  palette: string[];
  /** Colour of the "Other" bucket. */
  other: string;
}

const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

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
  // Chosen so every colour, "Other" included, keeps 3:1 contrast on the background and stays
  // apart from every other under protanopia, deuteranopia and tritanopia (test/themes).
  palette: ['#2f6db5', '#d95f02', '#733926', '#7126d9', '#c67953', '#981b59', '#4339ac', '#229bc3'],
  other: '#868e96',
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
  palette: ['#6ea8fe', '#ffa94d', '#dfcf9f', '#d15e47', '#9fb5df', '#67e4cf', '#c653c6', '#c4e87d'],
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
      const colors = raw.split(/[\s,]+/).filter(Boolean);
      if (colors.length) tokens.palette = colors;
    } else if (key === 'fontSize' || key === 'titleFontSize') {
      const size = parseFloat(raw);
      if (Number.isFinite(size) && size > 0) tokens[key] = size;
    } else {
      tokens[key] = raw;
    }
  }
  return tokens;
}
