import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { KeyboardReader } from '../../src/controllers/keyboard-reader.js';

class ReaderHost extends LitElement {
  rows = ['January: 3', 'February: 5', 'March: 8'];
  ready = true;
  said: string[] = [];
  selected: string[] = [];
  readonly reader = new KeyboardReader<string>(this, {
    rows: () => this.rows,
    ready: () => this.ready,
    describe: (row) => row.toUpperCase(),
    announce: (text) => this.said.push(text),
    select: (row) => this.selected.push(row),
  });
}
customElements.define('cc-test-reader-host', ReaderHost);

const press = (host: ReaderHost, key: string) => {
  const event = new KeyboardEvent('keydown', { key, cancelable: true });
  host.reader.onKeydown(event);
  return event.defaultPrevented;
};

describe('KeyboardReader', () => {
  it('reads values in order with the arrows, wrapping round, and jumps with Home and End', () => {
    const host = document.createElement('cc-test-reader-host') as ReaderHost;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'ArrowUp'])
      press(host, key);
    expect(host.said).to.deep.equal([
      'JANUARY: 3',
      'FEBRUARY: 5',
      'MARCH: 8',
      'JANUARY: 3',
      'MARCH: 8',
      'JANUARY: 3',
      'MARCH: 8',
      'FEBRUARY: 5',
    ]);
  });

  it('selects the value read with Enter or Space, and nothing before a value is read', () => {
    const host = document.createElement('cc-test-reader-host') as ReaderHost;
    expect(press(host, 'Enter')).to.equal(false);
    expect(host.selected).to.deep.equal([]);
    press(host, 'ArrowRight');
    expect(press(host, 'Enter')).to.equal(true);
    press(host, 'ArrowRight');
    press(host, ' ');
    expect(host.selected).to.deep.equal(['January: 3', 'February: 5']);
  });

  it('leaves other keys alone, reads nothing while the chart is not drawn, and starts over after reset', () => {
    const host = document.createElement('cc-test-reader-host') as ReaderHost;
    expect(press(host, 'Tab')).to.equal(false);
    host.ready = false;
    expect(press(host, 'ArrowRight')).to.equal(false);
    host.ready = true;
    press(host, 'ArrowRight');
    press(host, 'ArrowRight');
    host.reader.reset();
    press(host, 'ArrowRight');
    expect(host.said).to.deep.equal(['JANUARY: 3', 'FEBRUARY: 5', 'JANUARY: 3']);
  });
});
