/** Fails the CLI build if browser-only code (lit, the elements, fetch/DOM loaders) gets into it. */
export function nodeOnly() {
  const browserOnly =
    /[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs|vega-embed)[\\/]|src[\\/](base[\\/]|controllers[\\/]|components[\\/]|data[\\/]load|data[\\/]inline|a11y[\\/]data-table))/;
  return {
    name: 'node-only',
    load(id) {
      if (browserOnly.test(id)) throw new Error(`The CLI must not import browser code: ${id}`);
      return null;
    },
  };
}
