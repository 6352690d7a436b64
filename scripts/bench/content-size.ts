import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script of the production build, the one file every matching page loads. */
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** The gzip size of the built content script in kB (1,000 bytes), node:zlib's default level. */
export function contentScriptGzipKb(extensionDir: string): number {
  const bytes = readFileSync(join(extensionDir, CONTENT_SCRIPT));

  return gzipSync(bytes).length / 1000;
}
