import { expect } from '@open-wc/testing';
import { yieldToPage } from '../../src/data/yield.js';

type WithScheduler = { scheduler?: unknown };

/** Whether a task queued before `work` ran before it finished. */
async function letsQueuedTaskRun(work: () => Promise<void>): Promise<boolean> {
  let ran = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (ran = true);
  channel.port2.postMessage(null);
  await work();
  const seen = ran;
  channel.port1.close();
  return seen;
}

describe('yieldToPage', () => {
  it('uses scheduler.yield where the browser has it (its continuation keeps the task’s priority)', async () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    let calls = 0;
    const stub = { yield: () => (calls++, Promise.resolve()) };
    Object.defineProperty(globalThis, 'scheduler', { value: stub, configurable: true, writable: true });
    try {
      await yieldToPage();
      expect(calls).to.equal(1);
    } finally {
      if (own) Object.defineProperty(globalThis, 'scheduler', own);
      else delete (globalThis as WithScheduler).scheduler;
    }
  });

  it('falls back to a message-channel task without scheduler.yield', async () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true, writable: true });
    try {
      expect((globalThis as WithScheduler).scheduler).to.equal(undefined);
      expect(await letsQueuedTaskRun(() => yieldToPage())).to.equal(true);
      // A microtask alone would not let it run: the check itself can fail.
      expect(await letsQueuedTaskRun(() => Promise.resolve())).to.equal(false);
    } finally {
      if (own) Object.defineProperty(globalThis, 'scheduler', own);
      else delete (globalThis as WithScheduler).scheduler;
    }
  });
});
