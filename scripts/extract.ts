/**
 * Runs extraction and normalization on saved pages, as the popup would:
 *
 *   npm run extract -- --url https://github.com/someone page.html
 *   npm run extract -- --all test/fixtures
 *
 * Without `--url`, the address is read from `page.url.txt` beside the file, and prints one
 * line of JSON, `{"kind", "properties"}`. With `--all DIR`, every `NAME.html` in DIR gets
 * one line `{"name", "kind", "properties"}` (or `{"name", "error"}`), sorted by name.
 * Bad input ends with one line on stderr and exit code 2.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractProfile, type Extraction } from '../lib/extract';
import { proposeProperties } from '../lib/normalize/propose';
import { proposeCompanyProperties } from '../lib/normalize/propose-company';

/** One line, appended to error messages. */
const SHORT_USAGE = 'usage: npm run extract -- [--url URL] FILE.html | --all DIR (see --help)';

const USAGE = [
  'usage: npm run extract -- [--url URL] FILE.html',
  '       npm run extract -- --all DIR',
  '',
  'FILE.html   a saved page; its address is --url, else the line in FILE.url.txt',
  '--url URL   the address the page was at (http or https)',
  '--all DIR   every NAME.html in DIR with its NAME.url.txt, one JSON line each',
  '--help      print this text',
].join('\n');

/** Bad input: reported as one line, without a stack trace. */
class UsageError extends Error {}

/** What the command line asks for. */
type Command =
  { kind: 'help' } | { kind: 'one'; file: string; url?: string } | { kind: 'all'; folder: string };

/** Reads the arguments; parseArgs' own errors become usage errors. */
function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        all: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}; ${SHORT_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.all !== undefined) {
    if (positionals.length > 0 || values.url) {
      throw new UsageError(`--all takes no FILE and no --url; ${SHORT_USAGE}`);
    }

    return { kind: 'all', folder: values.all };
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`expected one HTML file; ${SHORT_USAGE}`);

  return { kind: 'one', file, url: values.url };
}

/** The address of a page: given, else the sibling `.url.txt`; checked to be http(s). */
function readAddress(file: string, given: string | undefined): URL {
  const sibling = file.replace(/\.html?$/i, '') + '.url.txt';
  const address = given ?? (existsSync(sibling) ? readFileSync(sibling, 'utf8').trim() : '');
  if (!address) throw new UsageError(`no --url given and no ${sibling}; ${SHORT_USAGE}`);
  if (!URL.canParse(address) || !/^https?:$/.test(new URL(address).protocol)) {
    throw new UsageError(`not an http(s) URL: ${JSON.stringify(address)}`);
  }

  return new URL(address);
}

/** Checks that a page file exists and is a file, not a folder. */
function checkFile(file: string) {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (statSync(file).isDirectory()) {
    throw new UsageError(`${file} is a directory; to read every page in it, use --all ${file}`);
  }
}

/** The properties the popup would propose: `user_enriched` or `group_enriched` ones. */
function proposeFor(extraction: Extraction): object {
  if (extraction.kind === 'person') return proposeProperties(extraction).properties;
  if (extraction.kind === 'company') return proposeCompanyProperties(extraction).properties;

  return {};
}

/** The kind and properties of one page. */
function extractFile(file: string, url: URL): { kind: Extraction['kind']; properties: object } {
  // A silent console: jsdom's complaints about the page's CSS must not reach stdout.
  const dom = new JSDOM(readFileSync(file, 'utf8'), {
    url: url.href,
    virtualConsole: new VirtualConsole(),
  });
  const extraction = extractProfile(dom.window.document, url);

  return { kind: extraction.kind, properties: proposeFor(extraction) };
}

/** One line for the page `NAME.html` of a folder; a page that cannot be read gets `error`. */
function extractNamed(folder: string, name: string): string {
  try {
    const file = join(folder, `${name}.html`);

    return JSON.stringify({ name, ...extractFile(file, readAddress(file, undefined)) });
  } catch (error) {
    return JSON.stringify({ name, error: error instanceof Error ? error.message : String(error) });
  }
}

/** One line per `NAME.html` of a folder, sorted by name. */
function extractFolder(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(`no such directory: ${folder}`);
  }
  const names = readdirSync(folder)
    .filter((entry) => entry.endsWith('.html'))
    .map((entry) => entry.slice(0, -'.html'.length))
    .sort();

  return names.map((name) => extractNamed(folder, name));
}

/** The lines a command prints on stdout. */
function run(command: Command): string[] {
  if (command.kind === 'help') return [USAGE];
  if (command.kind === 'all') return extractFolder(command.folder);
  checkFile(command.file);
  const url = readAddress(command.file, command.url);

  return [JSON.stringify(extractFile(command.file, url))];
}

try {
  const lines = run(parseCommand(process.argv.slice(2)));
  process.stdout.write(lines.map((line) => `${line}\n`).join(''));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${message}\n`);
  process.exitCode = 2;
}
