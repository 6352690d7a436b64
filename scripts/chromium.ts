import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Where Chromium or Chrome usually lives. Debian's `/usr/bin/chromium` is a shell wrapper
 * that adds flags of its own, so the real binary comes first.
 */
const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Finds a browser: `CHROME_PATH` first, then the usual install paths. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }

  return CANDIDATES.find((path) => existsSync(path));
}

/** True when this machine can install Chromium itself: Debian or Ubuntu, as root. */
function canInstallWithApt(): boolean {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

/**
 * Returns a browser path, installing Debian's Chromium with apt where none is found and the
 * machine allows it; otherwise stops with a message that says how to get one.
 */
export function ensureChromium(say: (line: string) => void): string {
  const found = findChromium();
  if (found) return found;

  if (!canInstallWithApt()) {
    throw new Error(
      'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install ' +
        'chromium`) or set CHROME_PATH to its executable.',
    );
  }
  say('No Chromium found: installing Debian\'s "chromium" package with apt-get (about 30 s)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no browser binary was found');

  return installed;
}

/**
 * Branded Google Chrome 137+ ignores `--load-extension`; it must be loaded over the DevTools
 * protocol instead. Debian's Chromium honours the flag.
 */
export function isBrandedChrome(path: string): boolean {
  return /google[- ]chrome|\/chrome$/i.test(path) && !/chromium/i.test(path);
}
