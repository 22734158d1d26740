// Fails early, with the fix, when there is no Chromium for Playwright to drive.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const system = '/usr/bin/chromium';
let bundled = '';
try {
  bundled = chromium.executablePath();
} catch {
  // Playwright has no browser of its own on this machine.
}
if (!fs.existsSync(system) && !(bundled && fs.existsSync(bundled))) {
  console.error(
    "No Chromium found for the end-to-end tests. Install Debian's: `sudo apt-get install chromium` " +
      "(Playwright's own download, `npx playwright install chromium`, works only where the machine can reach its CDN).",
  );
  process.exit(1);
}
