import { mkdtempSync, mkdirSync, writeFileSync, rmSync, rmdirSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, loadSamplePages, routeSamplePages, findTabId } from './scripts/extension-browser';

const ID = 'hcmbihkilhieolfcldkcoijndikjgdgn';
const dir = '/etc/chromium/policies/managed';
const file = join(dir, 'enrichment-capture-test.json');
const createdDirs: string[] = [];
for (const d of ['/etc/chromium/policies', dir]) if (!existsSync(d)) { mkdirSync(d); createdDirs.push(d); }
writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [ID]: { defaultGroupId: 'probe', apiKey: 'k-1' } } } }));
try {
  const { context } = await launchWithExtension({ executablePath: '/usr/lib/chromium/chromium', headless: true, profileDir: mkdtempSync(join(tmpdir(), 'fleet-probe-')) });
  await routeSamplePages(context, loadSamplePages());
  const worker = context.serviceWorkers()[0]!;
  const mode = process.argv[2];
  if (mode === 'restrict') console.log('set', await worker.evaluate(() => (globalThis as any).chrome.storage.managed.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).then(() => 'ok', (e: any) => String(e))));
  if (mode === 'local') console.log('set local', await worker.evaluate(() => (globalThis as any).chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).then(() => 'ok', (e: any) => String(e))));
  const page = await context.newPage();
  const url = readFileSync('test/fixtures/github-user-full.url.txt', 'utf8').trim();
  await page.goto(url);
  const cdp = await context.newCDPSession(page);
  const contexts: any[] = [];
  cdp.on('Runtime.executionContextCreated', (e: any) => contexts.push(e.context));
  const tabId = await findTabId(context, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${ID}/popup.html?tabId=${tabId}`);
  await popup.locator('#capture').waitFor({ timeout: 15000 });
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 500));
  const isolated = contexts.filter((c) => c.name === 'Enrichment Capture');
  for (const c of isolated) {
    for (const area of ['managed', 'local']) {
      const r: any = await cdp.send('Runtime.evaluate', { contextId: c.id, expression: `chrome.storage.${area}.get().then(v => JSON.stringify(v), e => "ERR " + e)`, awaitPromise: true });
      console.log(`content script reads ${area}:`, r.result.value);
    }
  }
  await context.close();
} finally {
  rmSync(file, { force: true });
  for (const d of createdDirs.reverse()) rmdirSync(d);
  console.log('cleanup ok', !existsSync('/etc/chromium/policies'));
}
