/** The heights a chart's box keeps before conflict-charts.js has run, by its registry layout. */
const HEIGHTS = { periods: '24rem', bars: '18rem', map: '31rem' };

/**
 * dist/conflict-charts.css: linked in a page's head, it keeps each chart's place while the
 * script is still on its way (a custom element is an empty inline box until it is defined), so
 * the article does not move when the charts appear. Written from the chart registry.
 */
export function beforeUpgradeCss(charts) {
  return {
    name: 'before-upgrade-css',
    generateBundle() {
      const rules = Object.entries(HEIGHTS).map(([layout, height]) => {
        const selectors = charts.filter((chart) => chart.layout === layout).map((chart) => `${chart.tag}:not(:defined)`);
        return `${selectors.join(',\n')} {\n  display: block;\n  min-height: ${height};\n}\n`;
      });
      const header =
        '/* conflict-charts: keeps each chart\u2019s place until conflict-charts.js has drawn it, so the text\n' +
        '   around it does not move. Link it in the page\u2019s <head>, before the script. */\n';
      this.emitFile({ type: 'asset', fileName: 'conflict-charts.css', source: header + rules.join('') });
    },
  };
}
