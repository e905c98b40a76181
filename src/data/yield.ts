/**
 * Lets the page paint and handle input before long work goes on: `scheduler.yield()` where
 * the browser has it, else a message-channel task (not `setTimeout`, which browsers clamp to
 * 4 ms when nested).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
