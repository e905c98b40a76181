import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { dataTable, type TableColumn } from '../../src/a11y/data-table.js';

interface Row {
  country: string;
  value: number;
}

const columns = (label = 'Events'): TableColumn<Row>[] => [
  { label: 'Country', cell: (row) => row.country },
  { label, cell: (row) => String(row.value), numeric: true },
];

const cells = (table: Element) =>
  Array.from(table.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (cell) => [cell.tagName, cell.textContent]));

describe('dataTable', () => {
  it('has a header row, then a row per value with the first cell as its row header', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>${dataTable(
        [
          { country: 'Mali', value: 12 },
          { country: '<b>Niger</b>', value: 3 },
        ],
        columns(),
        'Events by country',
      )}</div>`,
    );
    expect(host.querySelector('caption')!.textContent).to.equal('Events by country');
    expect(Array.from(host.querySelectorAll('thead th'), (th) => [th.getAttribute('scope'), th.textContent])).to.deep.equal([
      ['col', 'Country'],
      ['col', 'Events'],
    ]);
    expect(cells(host)).to.deep.equal([
      [
        ['TH', 'Mali'],
        ['TD', '12'],
      ],
      [
        ['TH', '<b>Niger</b>'],
        ['TD', '3'],
      ],
    ]);
    // Text, never markup.
    expect(host.querySelector('b')).to.equal(null);
    expect(host.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    expect(host.querySelector('tbody td')!.className).to.equal('numeric');
  });

  it('keeps the body of the same rows in place when rendered again, and makes another for new rows or columns', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const rows = [{ country: 'Mali', value: 12 }];
    render(dataTable(rows, columns(), 'Events'), host);
    const body = host.querySelector('tbody');
    render(dataTable(rows, columns(), 'Events'), host);
    expect(host.querySelector('tbody')).to.equal(body);

    render(dataTable([{ country: 'Niger', value: 4 }], columns(), 'Events'), host);
    expect(host.querySelector('tbody')).not.to.equal(body);
    expect(cells(host)).to.deep.equal([
      [
        ['TH', 'Niger'],
        ['TD', '4'],
      ],
    ]);

    render(dataTable(rows, columns('Événements'), 'Événements'), host);
    expect(host.querySelectorAll('tbody')).to.have.length(1);
    expect(host.querySelector('thead th:last-child')!.textContent).to.equal('Événements');
    expect(cells(host)).to.deep.equal([
      [
        ['TH', 'Mali'],
        ['TD', '12'],
      ],
    ]);
    host.remove();
  });

  it('puts a body kept from before back whole when its table is made again', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const rows = [
      { country: 'Mali', value: 12 },
      { country: 'Niger', value: 4 },
    ];
    render(html`<section>${dataTable(rows, columns(), 'Events')}</section>`, host);
    // Another template in between (as while a chart loads), then the table again.
    render(html`<p>loading</p>`, host);
    render(html`<section>${dataTable(rows, columns(), 'Events')}</section>`, host);
    expect(host.querySelectorAll('tbody tr')).to.have.length(2);
    host.remove();
  });
});
