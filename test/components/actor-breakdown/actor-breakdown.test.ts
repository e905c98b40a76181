import { expect, html } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../../src/actor-breakdown.js';
import type { ActorBreakdown } from '../../../src/actor-breakdown.js';
import { chartFixture, marks } from '../../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

describe('<actor-breakdown>', () => {
  it('gives each actor its share of the distinct events', async () => {
    // The reference count comes from the raw file read with d3-dsv alone, not our readers.
    const raw = csvParse(await (await fetch(NIGERIA)).text());
    const withIs = raw.filter((row) => row.side_a === 'IS' || row.side_b === 'IS').length;
    expect(raw.length).to.equal(1531);
    const el = await chartFixture<ActorBreakdown>(html`<actor-breakdown src=${NIGERIA} top="20"></actor-breakdown>`);
    const is = el.chartData.find((row) => row.actor === 'IS')!;
    expect(is.value).to.equal(withIs);
    expect(is.share).to.be.closeTo(withIs / 1531, 1e-9);
    expect(el.chartData.some((row) => row.actor.startsWith('Civilians'))).to.equal(false);
    expect(marks(el, 'rect')).to.have.length(el.chartData.length);
  });

  it('counts civilians as actors only with include-civilians', async () => {
    const el = await chartFixture<ActorBreakdown>(
      html`<actor-breakdown src=${NIGERIA} top="20" include-civilians></actor-breakdown>`,
    );
    // shared/data/README.md: side_b Civilians in 293 events.
    expect(el.chartData.find((row) => row.actor === 'Civilians')?.value).to.equal(293);
  });

  it('renames actors with aliases', async () => {
    const el = await chartFixture<ActorBreakdown>(
      html`<actor-breakdown src=${NIGERIA} top="20" aliases='{"IS": "ISWAP"}'></actor-breakdown>`,
    );
    const plain = await chartFixture<ActorBreakdown>(html`<actor-breakdown src=${NIGERIA} top="20"></actor-breakdown>`);
    const isEvents = plain.chartData.find((row) => row.actor === 'IS')!.value;
    expect(el.chartData.find((row) => row.actor === 'ISWAP')?.value).to.equal(isEvents);
    expect(el.chartData.find((row) => row.actor === 'IS')).to.equal(undefined);
  });

  it('keeps the top N actors and sums the rest into Other', async () => {
    const el = await chartFixture<ActorBreakdown>(html`<actor-breakdown src=${NIGERIA} top="3"></actor-breakdown>`);
    expect(el.chartData).to.have.length(4);
    expect(el.chartData[3].actor).to.equal('Other');
    const fills = marks(el, 'rect').map((rect) => rect.getAttribute('fill'));
    expect(new Set(fills.slice(0, 3)).size).to.equal(1);
    expect(fills[3]).to.not.equal(fills[0]);
  });
});
