import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/extension-browser';
import { expect, test } from './fixtures';

interface Manifest {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  commands: Record<string, { suggested_key: { default: string } }>;
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
