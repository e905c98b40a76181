/**
 * Squeezes the whitespace out of the stylesheets in Lit `css` template literals of the CMS
 * build (indentation, line breaks, spaces next to braces and semicolons, quotes around
 * attribute values that are identifiers), which terser leaves as written. Comments go too. Spaces between words stay one space: in CSS they can be
 * descendant combinators (`figure :hover`), so none is removed where it could mean something.
 */
export function squeezeCss() {
  return {
    name: 'squeeze-css',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      const squeezed = code.replace(/\bcss\s*`([^`]*)`/g, (_literal, text) => {
        const css = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};])\s*/g, '$1')
          .replace(/([:,>]) /g, '$1')
          // [part='chart'] → [part=chart]: a value that is a CSS identifier needs no quotes.
          .replace(/\[([a-z-]+)='([a-z][a-z-]*)'\]/g, '[$1=$2]')
          .trim();
        return `css\`${css}\``;
      });
      return { code: squeezed, map: null };
    },
  };
}
