import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CEP_CREDIT, CLAIMS_JULY_2025, NIGERIA, tableOf } from './support/datasets.ts';
import { renderHtml } from './support/render-chart.ts';

// As an editor writes it in a CMS: plain tags with attributes between paragraphs, the claims
// table pasted inside the element (readers without JavaScript see the table).
const ARTICLE = `
<style>
  .cc-article { max-width: 44rem; margin: 0 auto; font-family: Georgia, 'Times New Roman', serif; }
  .cc-article h1 { font-size: clamp(1.6rem, 5vw, 2.4rem); line-height: 1.15; }
  .cc-article p { font-size: 1.1rem; line-height: 1.6; }
  .cc-article .standfirst { font-size: 1.2rem; opacity: 0.85; }
  .cc-article footer { font-family: system-ui, sans-serif; font-size: 0.85rem; opacity: 0.8; border-top: 1px solid; padding-top: 1rem; }
  .cc-article attack-timeline, .cc-article country-comparison, .cc-article actor-breakdown { margin: 2rem 0; }
</style>
<article class="cc-article">
  <h1>Record claims, old battlefields: jihadist violence across West Africa</h1>
  <p class="standfirst">JNIM claimed more attacks in July 2025 than in any month before. Next door, Nigeria's
    north-east shows how two rival jihadist movements can wear down a region for years.</p>
  <p>Jama'at Nusrat al-Islam wal-Muslimin, the al-Qaeda affiliate known as JNIM, publishes a steady stream of
    statements claiming its operations. The Counter Extremism Project counts them every month. In July 2025 it
    counted 99 claims, a record, most of them in Burkina Faso.</p>
  <country-comparison date-field="month" value-field="claimed_attacks" measure-label="Claimed attacks (JNIM statements)"
    highlight="Burkina Faso" heading="JNIM claimed 54 attacks in Burkina Faso in July 2025"
    description="Attacks JNIM claimed in its own statements, by country. Claims are propaganda, not verified events."
    source="${CEP_CREDIT}">${tableOf(CLAIMS_JULY_2025)}</country-comparison>
  <p>Claims are not events. To see how violence unfolds over years, researchers turn to event datasets such as
    the Uppsala Conflict Data Program's Georeferenced Event Dataset (UCDP GED), which records every incident of
    organised violence that killed at least one person.</p>
  <attack-timeline src="${NIGERIA}" interval="quarter" group-by="actor" top="4"
    heading="Lethal events in Nigeria by actor, 2017–2019"
    description="Events in which an actor took part, per quarter. An event between two actors counts for both."
    annotations='[{"date": "2018-02-19", "label": "Dapchi abduction"}]'></attack-timeline>
  <p>Every event has at least two sides. The Nigerian government is a party to most recorded violence, while
    the two jihadist factions split the insurgency between them.</p>
  <actor-breakdown src="${NIGERIA}" group-by="event-type" top="6"
    heading="Who takes part in Nigeria's lethal violence"
    description="Share of UCDP lethal events, 2017–2019, involving each actor, split by type of violence."></actor-breakdown>
  <footer>Data: Uppsala Conflict Data Program (UCDP), Georeferenced Event Dataset (GED) version 20.1, via the
    Humanitarian Data Exchange, CC BY 4.0. Sundberg and Melander (2013), Journal of Peace Research 50(4).
    Claims: Counter Extremism Project, “Sahel Monitoring July 2025”.</footer>
</article>`;

/** The three elements in article prose, as an editor places them in a CMS page. */
const meta = {
  title: 'Examples/CMS article',
  parameters: { docs: { source: { code: ARTICLE.replace(/<style>[\s\S]*?<\/style>\s*/, '') } } },
} satisfies Meta;

export default meta;

export const Article: StoryObj = {
  render: () => renderHtml(ARTICLE),
  parameters: { expect: { charts: 3 } },
};
