/**
 * Palette positions shared by every chart on the page, so an actor or country keeps its
 * colour from one chart to the next (JNIM is the same blue in the timeline and the breakdown).
 */
const positions = new Map<string, number>();

/**
 * Colours for `names`: pinned ones first, then each name's page-wide palette position when no
 * other name in this chart already uses it, else the first position free in this chart.
 */
export function assignColors(
  names: readonly string[],
  palette: readonly string[],
  pinned: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const colors: Record<string, string> = {};
  const taken = new Set<number>();
  for (const name of names) {
    if (pinned[name]) {
      colors[name] = pinned[name];
      continue;
    }
    let position = positions.get(name);
    if (position === undefined) {
      position = positions.size;
      positions.set(name, position);
    }
    let slot = position % palette.length;
    if (taken.has(slot) && taken.size < palette.length) {
      slot = palette.findIndex((_, i) => !taken.has(i));
    }
    taken.add(slot);
    colors[name] = palette[slot];
  }
  return colors;
}

/** Forgets the page-wide positions (for tests). */
export function resetColorAssignments(): void {
  positions.clear();
}
