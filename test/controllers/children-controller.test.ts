import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChildrenController } from '../../src/controllers/children-controller.js';

class ChildrenHost extends LitElement {
  changes = 0;
  readonly children$ = new ChildrenController(this, () => this.changes++);
}
customElements.define('cc-test-children-host', ChildrenHost);

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('ChildrenController', () => {
  it('notices children added, text edited and children removed', async () => {
    const el = document.createElement('cc-test-children-host') as ChildrenHost;
    document.body.append(el);
    const note = document.createElement('cc-annotation');
    note.textContent = 'Coup in Mali';
    el.append(note);
    await tick();
    expect(el.changes).to.equal(1);
    expect(el.children$.version).to.equal(1);
    note.firstChild!.textContent = 'Second coup in Mali';
    await tick();
    note.remove();
    await tick();
    expect(el.changes).to.equal(3);
    el.remove();
  });

  it('stops watching when the element is removed', async () => {
    const el = document.createElement('cc-test-children-host') as ChildrenHost;
    document.body.append(el);
    el.remove();
    el.append(document.createElement('table'));
    await tick();
    expect(el.changes).to.equal(0);
  });
});
