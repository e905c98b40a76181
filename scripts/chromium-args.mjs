// The flags every headless Chromium of this project starts with (tests, story checks,
// screenshots, the benchmark): no sandbox (root in CI), no GPU, nothing that reaches the network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Pages not in front get no animation frames otherwise; charts and fixtures wait for them. */
export const NO_BACKGROUNDING_ARGS = [
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
