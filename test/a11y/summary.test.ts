import { expect } from '@open-wc/testing';
import { timelineSummary } from '../../src/a11y/summary.js';
import { fr } from '../../src/locale/fr.js';
import type { Interval } from '../../src/data/types.js';

const peakIn = (interval: Interval, periods: string[]) =>
  timelineSummary(
    periods.map((period, index) => ({ period, value: index + 1 })),
    interval,
    { measureLabel: 'Événements', locale: fr },
  );

describe('timelineSummary in French', () => {
  it('names the peak period with the preposition French gives it: le jour, la semaine, au trimestre, en mois et années', () => {
    expect(peakIn('day', ['2019-02-04', '2019-02-05'])).to.include('pic de 2 le 5 février 2019');
    expect(peakIn('week', ['2019-02-04', '2019-02-11'])).to.include('pic de 2 la semaine du 11 févr. 2019');
    expect(peakIn('quarter', ['2019-01-01', '2019-04-01'])).to.include('pic de 2 au T2 2019');
    expect(peakIn('month', ['2019-01-01', '2019-02-01'])).to.include('pic de 2 en février 2019');
    expect(peakIn('year', ['2018-01-01', '2019-01-01'])).to.include('pic de 2 en 2019');
  });
});
