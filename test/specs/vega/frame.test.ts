import { expect } from '@open-wc/testing';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { fr } from '../../../src/locale/fr.js';
import { tooltipSignal, vegaConfig } from '../../../src/specs/vega/frame.js';
import { chartConfig } from '../../../src/themes/config.js';
import { DARK_TOKENS } from '../../../src/themes/tokens.js';

describe('vegaConfig', () => {
  it('carries the theme and the locale of the Vega-Lite config, and its fonts as guide styles', () => {
    const config = vegaConfig(chartConfig(DARK_TOKENS, fr)) as Record<string, Record<string, unknown>>;
    expect(config.locale).to.deep.equal({ number: fr.number, time: fr.time });
    expect(config.axis.labelColor).to.equal(DARK_TOKENS.muted);
    expect(config.range.category).to.deep.equal(DARK_TOKENS.palette);
    expect(config.style['guide-label']).to.deep.equal({ font: DARK_TOKENS.fontFamily });
    expect(config.style.cell).to.deep.equal({ stroke: null });
  });
});

describe('tooltipSignal', () => {
  it('gives titled, formatted values, with quotes in titles and values kept as text', async () => {
    const title = 'Événements "ACLED" d’Ansarul';
    const spec = {
      data: [{ name: 'rows', values: [{ name: `Koglweogo "VDP" ' + alert(1) + '`, value: 12345 }] }],
      marks: [
        {
          type: 'rect',
          from: { data: 'rows' },
          encode: {
            update: {
              tooltip: tooltipSignal([
                { title: 'Acteur', field: 'name' },
                { title, field: 'value', format: ',~f' },
              ]),
            },
          },
        },
      ],
    };
    const view = new View(parse(spec as never, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter });
    await view.runAsync();
    const root = (view.scenegraph() as unknown as { root: unknown }).root as {
      items: { items: { items: { tooltip: unknown }[] }[] }[];
    };
    expect(root.items[0].items[0].items[0].tooltip).to.deep.equal({
      Acteur: `Koglweogo "VDP" ' + alert(1) + '`,
      [title]: '12,345',
    });
    view.finalize();
  });
});
