// What a reader sees of a drawn Vega view, item by item, and where two such pictures differ.
// Plain, self-contained functions: the browser tests import them, and the story checks pass
// their source into a story's page (page.evaluate), so neither may use anything outside itself.

/**
 * Every item of the view's scenegraph in drawing order: its path of mark types and roles
 * ("/group:frame/text:axis-label") and the properties a reader sees (position, size, colour,
 * opacity, type, words, tooltip).
 */
export function sceneItems(view) {
  const keys = [
    'x',
    'y',
    'x2',
    'y2',
    'width',
    'height',
    'opacity',
    'fillOpacity',
    'strokeOpacity',
    'strokeWidth',
    'fontSize',
    'angle',
    'size',
    'limit',
    'dx',
    'dy',
    'fill',
    'stroke',
    'text',
    'align',
    'baseline',
    'font',
    'fontWeight',
    'shape',
    'orient',
    'strokeDash',
  ];
  const out = [];
  const visit = (mark, prefix) => {
    const path = `${prefix}/${mark.marktype}:${mark.role}`;
    for (const item of mark.items) {
      const picked = { path };
      for (const key of keys) if (item[key] !== undefined) picked[key] = item[key];
      // A gradient (a colour legend's ramp) is what it shows; its id is a page-wide counter.
      if (picked.fill?.gradient) picked.fill = { ...picked.fill, id: undefined };
      if (item.tooltip !== undefined) picked.tooltip = JSON.stringify(item.tooltip);
      out.push(picked);
      for (const child of item.items ?? []) visit(child, path);
    }
  };
  visit(view.scenegraph().root, '');
  return out;
}

/**
 * Where two pictures differ: their items (count or kinds), a number more than 0.5 px (0.005
 * for opacities) apart, any other property not equal. Empty when they are the same.
 */
export function sceneDifferences(expected, actual, limit = 8) {
  const paths = (items) => items.map((item) => item.path).join('\n');
  if (expected.length !== actual.length || paths(expected) !== paths(actual)) {
    const summary = (items) => {
      const counts = new Map();
      for (const item of items) counts.set(item.path, (counts.get(item.path) ?? 0) + 1);
      return [...counts].map(([path, n]) => `${path} ×${n}`).join('; ');
    };
    return [`items differ:\n  expected: ${summary(expected)}\n  drawn:    ${summary(actual)}`];
  }
  const differences = [];
  expected.forEach((want, index) => {
    const got = actual[index];
    for (const key of new Set([...Object.keys(want), ...Object.keys(got)])) {
      const [a, b] = [want[key], got[key]];
      const tolerance = /opacity/i.test(key) ? 0.005 : 0.5;
      const same =
        typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= tolerance : JSON.stringify(a) === JSON.stringify(b);
      if (!same && differences.length < limit)
        differences.push(`${want.path} #${index} ${key}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
    }
  });
  return differences;
}
