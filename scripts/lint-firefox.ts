import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** web-ext's command line; its package exports no path to it. */
const WEB_EXT = join('node_modules', 'web-ext', 'bin', 'web-ext.js');
/** The Firefox build `wxt build -b firefox` writes (Manifest V2). */
const FIREFOX_DIR = join('.output', 'firefox-mv2');

/**
 * `npm run lint:firefox`: Mozilla's add-on linter (through `web-ext lint`) on the Firefox
 * build, which the npm script builds first. It fails on any error; warnings are shown.
 * Nothing leaves the machine: the linter reads only the folder, and web-ext's own update
 * check (a request to the npm registry) is switched off by `NO_UPDATE_NOTIFIER`.
 */
function lintFirefoxBuild(): number {
  const run = spawnSync(
    process.execPath,
    [WEB_EXT, 'lint', '--source-dir', FIREFOX_DIR, '--no-config-discovery'],
    { stdio: 'inherit', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  if (run.error) throw run.error;

  return run.status ?? 1;
}

process.exitCode = lintFirefoxBuild();
