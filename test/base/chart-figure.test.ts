import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { figureCaption, skippedNote, statusMessage } from '../../src/base/chart-figure.js';
import { DataError } from '../../src/errors/data-error.js';
import { en } from '../../src/locale/en.js';
import { fr } from '../../src/locale/fr.js';

function rendered(template: unknown): HTMLElement {
  const box = document.createElement('div');
  render(template, box);
  return box;
}

describe('the figure around a chart', () => {
  it('says how many rows were skipped and why, grouped by reason, in English and French', () => {
    const skipped = [
      { record: 2, reason: 'date missing' },
      { record: 5, reason: 'date missing' },
      { record: 9, reason: 'country missing' },
    ];
    expect(skippedNote(skipped, en)).to.equal('3 rows skipped: 2 date missing, 1 country missing');
    expect(skippedNote([skipped[0]], en)).to.equal('1 row skipped: date missing');
    expect(skippedNote(skipped, fr)).to.equal('3 lignes ignorées : 2 date manquante, 1 pays manquant');
    expect(skippedNote([], en)).to.equal('');
  });

  it('shows loading with progress, a quiet placeholder while waiting, and errors as an alert in the reader’s language', () => {
    expect(rendered(statusMessage('loading', en, 40, undefined)).textContent!.trim()).to.equal('Loading data… 40%');
    const waiting = rendered(statusMessage('waiting', en, undefined, undefined)).querySelector('[part="status"]')!;
    expect(waiting.getAttribute('role')).to.equal(null);
    const error = rendered(statusMessage('error', fr, undefined, new DataError('fileEmpty'))).querySelector('[part="status"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Le fichier est vide.');
    expect(rendered(statusMessage('ready', en, undefined, undefined)).textContent!.trim()).to.equal('');
  });

  it('writes a caption only when there is something to say', () => {
    expect(rendered(figureCaption('', undefined, undefined)).querySelector('figcaption')).to.equal(null);
    const caption = rendered(figureCaption('', 'Claims, not verified', 'Source: CEP')).querySelector('figcaption')!;
    expect(Array.from(caption.querySelectorAll('[part]'), (p) => `${p.getAttribute('part')}: ${p.textContent}`)).to.deep.equal([
      'note: Claims, not verified',
      'source: Source: CEP',
    ]);
  });
});
