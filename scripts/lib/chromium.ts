// The browser every tool here drives: Debian's Chromium (installed by scripts/ensure-chromium.ts),
// never a browser a tool downloads itself, with the flags that keep it quiet and off the network.
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
