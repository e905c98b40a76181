// Type tests for types/react.d.ts under React 19's JSX.
import type { BreakdownRow, CcSelectEvent, ComparisonRow, TimelineRow } from 'conflict-charts';
import type {} from 'conflict-charts/react';

const rows = [{ date: '2025-07-01', country: 'Mali' }];

export const right = (
  <>
    <attack-timeline
      data={rows}
      interval="quarter"
      groupBy="actor"
      group-by="actor"
      mark="line"
      top={5}
      max-rows="5000"
      include-civilians
      annotations={[{ date: '2020-08-18', label: 'Coup' }]}
      locale="fr"
      theme="dark"
      className="chart"
      oncc-select={(event) => {
        const row: TimelineRow = event.detail;
        return row.period;
      }}
      oncc-render={(event) => event.detail.chartData.map((row) => row.value)}
      oncc-error={(event) => event.detail.message}
    >
      <cc-annotation date="2020-08-18">Coup in Mali</cc-annotation>
      <cc-annotation from="2022-02-17" to="2022-08-15">
        French withdrawal
      </cc-annotation>
    </attack-timeline>
    <country-comparison
      src="claims.csv"
      date-field="month"
      valueField="claimed_attacks"
      highlight="Mali"
      oncc-select={(event: CcSelectEvent<ComparisonRow>) => event.detail.country}
    />
    <actor-breakdown
      data={Promise.resolve(rows)}
      group-by="country"
      oncc-select={(event) => (event.detail satisfies BreakdownRow).share}
    />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error: not an interval */}
    <attack-timeline interval="fortnight" />
    {/* @ts-expect-error: not a grouping of the timeline */}
    <attack-timeline group-by="region" />
    {/* @ts-expect-error: React 19 would listen for "CcSelect"; the prop is oncc-select */}
    <attack-timeline onCcSelect={() => undefined} />
    {/* @ts-expect-error: a comparison row has no period */}
    <country-comparison oncc-select={(event) => event.detail.period} />
    {/* @ts-expect-error: highlight belongs to country-comparison */}
    <actor-breakdown highlight="Mali" />
    {/* @ts-expect-error: data is rows, a Promise of rows or JSON text */}
    <actor-breakdown data={42} />
  </>
);
