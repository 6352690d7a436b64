/**
 * Runs extraction and normalization on a saved page, as the popup would:
 *
 *   npm run extract -- --url https://github.com/someone page.html
 *
 * Without `--url`, the address is read from `page.url.txt` beside the file. Prints one line
 * of JSON, `{"kind", "properties"}`; bad input ends with one line on stderr and exit code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractProfile, type Extraction } from '../lib/extract';
import { proposeProperties } from '../lib/normalize/propose';
import { proposeCompanyProperties } from '../lib/normalize/propose-company';

const USAGE = 'usage: npm run extract -- [--url URL] FILE.html';

/** Bad input: reported as one line, without a stack trace. */
class UsageError extends Error {}

/** The page file and its address, from the arguments or the sibling `.url.txt`. */
function readInput(argv: string[]): { file: string; url: URL } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { url: { type: 'string' } },
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`expected one HTML file; ${USAGE}`);
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);

  const sibling = file.replace(/\.html?$/i, '') + '.url.txt';
  const address = values.url ?? (existsSync(sibling) ? readFileSync(sibling, 'utf8').trim() : '');
  if (!address) throw new UsageError(`no --url given and no ${sibling}; ${USAGE}`);
  if (!URL.canParse(address) || !/^https?:$/.test(new URL(address).protocol)) {
    throw new UsageError(`not an http(s) URL: ${JSON.stringify(address)}`);
  }

  return { file, url: new URL(address) };
}

/** The properties the popup would propose: `user_enriched` or `group_enriched` ones. */
function proposeFor(extraction: Extraction): object {
  if (extraction.kind === 'person') return proposeProperties(extraction).properties;
  if (extraction.kind === 'company') return proposeCompanyProperties(extraction).properties;

  return {};
}

/** The one-line result for a page. */
function extractFile(file: string, url: URL): string {
  // A silent console: jsdom's complaints about the page's CSS must not reach stdout.
  const dom = new JSDOM(readFileSync(file, 'utf8'), {
    url: url.href,
    virtualConsole: new VirtualConsole(),
  });
  const extraction = extractProfile(dom.window.document, url);
  const properties = proposeFor(extraction);

  return JSON.stringify({ kind: extraction.kind, properties });
}

try {
  const { file, url } = readInput(process.argv.slice(2));
  process.stdout.write(`${extractFile(file, url)}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${message}\n`);
  process.exitCode = 2;
}
