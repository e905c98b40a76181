import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ChartDefinition } from '../../src/charts/definition.js';
import type { PreparedChart } from '../../src/charts/prepare.js';
import { DescriptionController } from '../../src/controllers/description-controller.js';
import type { ChangeSinceLast } from '../../src/data/change-since-last.js';
import type { ResolvedOptions } from '../../src/options/resolve.js';

type Row = { name: string; value: number };

/** A bare element with the description controller alone. */
class DescriptionHost extends LitElement {
  readonly description = new DescriptionController<Row>(this);
  updates = 0;
  override updated() {
    this.updates++;
  }
}
customElements.define('cc-test-description-host', DescriptionHost);

const definition = {} as ChartDefinition<Row>;
const options = {} as ResolvedOptions;

function chart(rows: Row[], describe: () => string, change: ChangeSinceLast | null = null): PreparedChart<Row> {
  return { rows, describe, change: () => change, context: { measureLabel: 'Events' } } as unknown as PreparedChart<Row>;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('DescriptionController', () => {
  it('writes the chart in words after the chart is painted, not before', async () => {
    const host = await fixture<DescriptionHost>(fixtureHtml`<cc-test-description-host></cc-test-description-host>`);
    const rows = [{ name: 'Mali', value: 36 }];
    const done = host.description.describe(
      chart(rows, () => 'Events by country: Mali 36.'),
      definition,
      options,
    );
    expect(host.description.value).to.equal(undefined);
    await nextFrame();
    await done;
    expect(host.description.value).to.deep.include({ rows, summary: 'Events by country: Mali 36.', measureLabel: 'Events' });
    await host.updateComplete;
    expect(host.updates).to.be.greaterThan(1);
  });

  it('keeps only the latest chart’s description when two are drawn before a paint', async () => {
    const host = await fixture<DescriptionHost>(fixtureHtml`<cc-test-description-host></cc-test-description-host>`);
    const first = host.description.describe(
      chart([], () => 'first'),
      definition,
      options,
    );
    const second = host.description.describe(
      chart([], () => 'second'),
      definition,
      options,
    );
    await Promise.all([first, second]);
    expect(host.description.value?.summary).to.equal('second');
  });

  it('gives an empty summary, not a failure, when describing throws (the table still describes the chart)', async () => {
    const host = await fixture<DescriptionHost>(fixtureHtml`<cc-test-description-host></cc-test-description-host>`);
    const rows = [{ name: 'Niger', value: 7 }];
    await host.description.describe(
      chart(rows, () => {
        throw new Error('no words');
      }),
      definition,
      options,
    );
    expect(host.description.value).to.deep.include({ rows, summary: '' });
  });

  it('gives the chart’s change with its words, and tells the host (which copies it to `change`)', async () => {
    const told: unknown[] = [];
    const host = await fixture<DescriptionHost>(fixtureHtml`<cc-test-description-host></cc-test-description-host>`);
    const controller = new DescriptionController<Row>(host, (description) => told.push(description.change));
    const change: ChangeSinceLast = {
      interval: 'month',
      last: { period: '2025-07-01', value: 98 },
      previous: { period: '2025-06-01', value: 0 },
      firstInRange: [{ name: 'Togo', period: '2025-07-01' }],
    };
    await controller.describe(
      chart([], () => 'words', change),
      definition,
      options,
    );
    expect(controller.value).to.deep.include({ summary: 'words', change });
    expect(told).to.deep.equal([change]);
  });
});
