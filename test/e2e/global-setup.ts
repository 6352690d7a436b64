import { existsSync } from 'node:fs';
import { ensureChromium } from '../../scripts/chromium';
import { EXTENSION_DIR } from '../../scripts/extension-browser';

/** Checks what every e2e test needs: a browser (installed with apt where allowed) and a build. */
export default function globalSetup(): void {
  process.env.CHROME_PATH ??= ensureChromium((line) => process.stdout.write(`${line}\n`));
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error('The extension is not built: run `npm run build` first (npm test does).');
  }
}
