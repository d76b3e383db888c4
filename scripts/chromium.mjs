// Debian's Chromium, launched the same way by the end-to-end tests, the
// benchmark and the screenshot script: never downloaded, and with the flags
// that keep it from hanging or reaching out on these machines.

/** The browser binary (`CHROMIUM_PATH` overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for every launch. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
