import { useEffect, useState } from 'react';
import { parseTable, type CcSelectEvent, type RawRow, type ThemeOption } from 'conflict-charts';
// The JSX typings for <attack-timeline>, <country-comparison>, <actor-breakdown> and their events.
import type {} from 'conflict-charts/react';

type Locale = 'en' | 'fr';

const HEADINGS: Record<Locale, { timeline: string; comparison: string; breakdown: string; selected: string; none: string }> = {
  en: {
    timeline: 'UCDP events in Nigeria per year',
    comparison: 'Attacks claimed by JNIM, July 2025',
    breakdown: 'Who took part: UCDP events in Nigeria, 2017–2019',
    selected: 'Selected',
    none: 'Click a bar to select it.',
  },
  fr: {
    timeline: 'Événements UCDP au Nigeria par an',
    comparison: 'Attaques revendiquées par le JNIM, juillet 2025',
    breakdown: 'Qui y a pris part : événements UCDP au Nigeria, 2017-2019',
    selected: 'Sélection',
    none: 'Cliquez sur une barre pour la sélectionner.',
  },
};

async function loadRows(file: string): Promise<RawRow[]> {
  const response = await fetch(file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return parseTable(await response.text(), 'csv').rows;
}

interface Selection {
  chart: string;
  row: object;
}

export function App() {
  const [nigeria, setNigeria] = useState<RawRow[]>();
  const [claims, setClaims] = useState<RawRow[]>();
  const [locale, setLocale] = useState<Locale>('en');
  const [theme, setTheme] = useState<ThemeOption>('light');
  const [selected, setSelected] = useState<Selection>();

  useEffect(() => {
    void loadRows('./ucdp_ged_nigeria_2017-2019.csv').then(setNigeria);
    void loadRows('./jnim_claims_cep_2025.csv').then(setClaims);
  }, []);

  // Typed from the element: `event.detail` is a TimelineRow, ComparisonRow or BreakdownRow.
  const select = (chart: string) => (event: CcSelectEvent<object>) => setSelected({ chart, row: event.detail });
  const text = HEADINGS[locale];

  return (
    <main lang={locale} data-theme={theme}>
      <h1>conflict-charts in React 19</h1>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <label>
          Language{' '}
          <select name="locale" value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>{' '}
        <label>
          Theme{' '}
          <select name="theme" value={theme} onChange={(event) => setTheme(event.target.value as ThemeOption)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </form>
      <p>
        {text.selected}:{' '}
        <output
          data-testid="selected"
          data-chart={selected?.chart}
          data-row={selected ? JSON.stringify(selected.row) : undefined}
        >
          {selected ? `${selected.chart} — ${JSON.stringify(selected.row)}` : text.none}
        </output>
      </p>
      {nigeria && (
        <attack-timeline
          data={nigeria}
          interval="year"
          heading={text.timeline}
          locale={locale}
          theme={theme}
          oncc-select={(event) => {
            // event.detail is a TimelineRow: {period: 'YYYY-MM-DD', group?, value}.
            console.info(`Selected ${event.detail.period}: ${event.detail.value}`);
            setSelected({ chart: 'attack-timeline', row: event.detail });
          }}
        >
          <cc-annotation date="2018-02-19">Dapchi</cc-annotation>
        </attack-timeline>
      )}
      {claims && (
        <country-comparison
          data={claims}
          dateField="month"
          valueField="claimed_attacks"
          measureLabel={locale === 'fr' ? 'Attaques revendiquées' : 'Claimed attacks'}
          from="2025-07"
          to="2025-07"
          highlight="Burkina Faso"
          heading={text.comparison}
          locale={locale}
          theme={theme}
          oncc-select={select('country-comparison')}
        />
      )}
      {nigeria && (
        <actor-breakdown
          data={nigeria}
          top={5}
          heading={text.breakdown}
          locale={locale}
          theme={theme}
          oncc-select={select('actor-breakdown')}
        />
      )}
    </main>
  );
}
