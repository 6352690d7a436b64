import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/extension-browser';
import { expect, test } from './fixtures';

interface Manifest {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  commands: Record<string, { suggested_key: { default: string } }>;
  key: string;
  storage: { managed_schema: string };
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string; open_at_install?: boolean };
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

test('the built manifest declares the capture shortcut', () => {
  expect(manifest.commands._execute_action?.suggested_key.default).toBe('Alt+Shift+E');
});

test('the built manifest holds only the production host and asks for others at run time', () => {
  expect(manifest.host_permissions).toEqual(['https://api.app.thrivestack.ai/*']);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  expect(manifest.permissions).not.toContain('tabs');
  expect(manifest.permissions).not.toContain('<all_urls>');
});

/** Chrome's extension id of a public key: its SHA-256, first 32 hex digits written a to p. */
function extensionIdOf(base64Key: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex');

  return [...digest.slice(0, 32)].map((digit) => 'abcdefghijklmnop'[parseInt(digit, 16)]).join('');
}

test('the built manifest carries the key that fixes the extension id named in the README', () => {
  const readme = readFileSync('README.md', 'utf8');

  expect(extensionIdOf(manifest.key)).toBe('hcmbihkilhieolfcldkcoijndikjgdgn');
  expect(readme).toContain('hcmbihkilhieolfcldkcoijndikjgdgn');
});

test('the built manifest declares the managed settings schema with every setting', () => {
  const schemaPath = join(EXTENSION_DIR, manifest.storage.managed_schema);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
    properties: Record<string, unknown>;
  };

  expect(Object.keys(schema.properties).sort()).toEqual([
    'apiKey',
    'credentialKind',
    'defaultGroupId',
    'endpoint',
    'eventsPerRequest',
    'retentionDays',
  ]);
});

test('the built Chrome manifest declares the side panel and its permission', () => {
  expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(manifest.permissions).toContain('sidePanel');
  // The toolbar button and its shortcut still open the popup.
  expect(manifest.commands._execute_action).toBeDefined();
});

test('the built Firefox manifest declares the sidebar, closed until it is asked for', () => {
  const firefoxDir = join(EXTENSION_DIR, '..', 'firefox-mv2');
  const firefox = JSON.parse(readFileSync(join(firefoxDir, 'manifest.json'), 'utf8')) as Manifest;

  expect(firefox.sidebar_action).toMatchObject({
    default_panel: 'sidepanel.html',
    open_at_install: false,
  });
  expect(firefox.side_panel).toBeUndefined();
  expect(firefox.commands._execute_browser_action?.suggested_key.default).toBe('Alt+Shift+E');
});
