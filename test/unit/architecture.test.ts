/**
 * The boundaries of STYLE.md, checked by reading the import statements of the source files.
 * Imports are found with regular expressions, so this stays a plain text check: it sees
 * type-only imports too, which is stricter than the bundles need and intentionally so.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What an import specifier points at. */
type ImportTarget =
  | { kind: 'file'; path: string }
  | { kind: 'builtin'; name: string }
  | { kind: 'package'; name: string };

/** WXT's aliases of the project root (`.wxt/tsconfig.json`). */
const ROOT_ALIASES = ['@/', '~/', '@@/', '~~/'];

const STATIC_IMPORT = /\b(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Project-relative paths (with `/`) of the `.ts` files under a folder. */
function sourceFiles(folder: string): string[] {
  const absolute = join(ROOT, folder);
  if (!existsSync(absolute)) return [];

  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => `${folder}/${name.split(sep).join('/')}`)
    .sort();
}

/** The text of a source file with comments removed, strings and regex literals kept. */
function readCode(file: string): string {
  return stripComments(readFileSync(join(ROOT, file), 'utf8'));
}

/**
 * Removes `//` and `/* *\/` comments. Strings, template literals and regex literals are
 * copied as they are, so `'https://*.linkedin.com/*'` or `/\/\//` is not taken for one.
 */
function stripComments(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    if (char === '/' && next === '/') {
      while (index < text.length && text[index] !== '\n') index += 1;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
    } else if (char === "'" || char === '"' || char === '`') {
      const end = endOfQuoted(text, index, char);
      out += text.slice(index, end);
      index = end;
    } else if (char === '/' && startsRegex(out)) {
      const end = endOfRegex(text, index);
      out += text.slice(index, end);
      index = end;
    } else {
      out += char;
      index += 1;
    }
  }

  return out;
}

/** The index after the closing quote of a string or template literal starting at `start`. */
function endOfQuoted(text: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < text.length && text[index] !== quote) {
    index += text[index] === '\\' ? 2 : 1;
  }

  return index + 1;
}

/** A `/` starts a regex literal where an expression may begin, not after a value. */
function startsRegex(codeBefore: string): boolean {
  const before = codeBefore.trimEnd();

  return before === '' || /[(,=:[!&|?{};+\-*%<>~^]$|\b(?:return|typeof|case)$/.test(before);
}

/** The index after a regex literal's flags; a `/` inside `[...]` does not end it. */
function endOfRegex(text: string, start: number): number {
  let index = start + 1;
  let inClass = false;
  while (index < text.length && text[index] !== '\n') {
    const char = text[index]!;
    if (char === '\\') index += 1;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) break;
    index += 1;
  }
  index += 1;
  while (/[a-z]/i.test(text[index] ?? '')) index += 1;

  return index;
}

/** The specifiers a file imports or re-exports, static and dynamic. */
function importSpecifiers(file: string): string[] {
  const code = readCode(file);
  const found = [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)];

  return found.map((match) => match[1]!);
}

/** Resolves a specifier as the bundler would: aliases, relative paths, `.ts`, `index.ts`. */
function resolveImport(fromFile: string, specifier: string): ImportTarget {
  const alias = ROOT_ALIASES.find((prefix) => specifier.startsWith(prefix));
  if (alias) return resolveFile(join(ROOT, specifier.slice(alias.length)), fromFile, specifier);
  if (specifier.startsWith('.')) {
    return resolveFile(resolve(ROOT, dirname(fromFile), specifier), fromFile, specifier);
  }

  const bare = specifier.replace(/^node:/, '');
  if (specifier.startsWith('node:') || builtinModules.includes(bare.split('/')[0]!)) {
    return { kind: 'builtin', name: bare };
  }
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;

  return { kind: 'package', name };
}

function resolveFile(base: string, fromFile: string, specifier: string): ImportTarget {
  const candidates = [base, `${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  if (!found) throw new Error(`${fromFile}: cannot resolve "${specifier}"`);

  return { kind: 'file', path: relative(ROOT, found).split(sep).join('/') };
}

/** What a file imports, resolved. */
function importsOf(file: string): ImportTarget[] {
  return importSpecifiers(file).map((specifier) => resolveImport(file, specifier));
}

/** A file and every project file it reaches through imports. */
function transitiveFiles(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const target of importsOf(file)) {
      if (target.kind === 'file' && target.path.endsWith('.ts')) pending.push(target.path);
    }
  }

  return seen;
}

/** `file → target` lines for the imports of `files` that `isForbidden` picks out. */
function forbiddenImports(
  files: string[],
  isForbidden: (target: ImportTarget) => boolean,
): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter(isForbidden)
      .map((target) => `${file} → ${target.kind === 'file' ? target.path : target.name}`),
  );
}

/** `file: pattern` lines for the files whose code (comments aside) matches a pattern. */
function forbiddenReferences(files: string[], patterns: RegExp[]): string[] {
  return files.flatMap((file) => {
    const code = readCode(file);

    return patterns.filter((pattern) => pattern.test(code)).map((pattern) => `${file}: ${pattern}`);
  });
}

const inFolder = (target: ImportTarget, ...folders: string[]) =>
  target.kind === 'file' && folders.some((folder) => target.path.startsWith(`${folder}/`));

describe('reading imports', () => {
  it('finds single-line, multi-line, type-only, re-exported and dynamic imports', () => {
    const code = [
      "import { a } from './a';",
      'import {\n  b,\n  type C,\n} from "@/lib/b";',
      "import type { D } from 'zod';",
      "export type * from './types';",
      "import './side-effect';",
      "const e = await import('node:fs');",
      "// import { f } from './commented-out';",
      "const url = 'https://*.linkedin.com/*'; /* import { g } from './also-commented'; */",
      "const slashes = /\\/\\//; import { h } from './after-regex';",
    ].join('\n');

    const stripped = stripComments(code);
    const found = [...stripped.matchAll(STATIC_IMPORT), ...stripped.matchAll(DYNAMIC_IMPORT)];

    expect(found.map((match) => match[1])).toEqual([
      './a',
      '@/lib/b',
      'zod',
      './types',
      './side-effect',
      './after-regex',
      'node:fs',
    ]);
  });

  it('resolves aliases, relative paths, index files, built-ins and packages', () => {
    expect(resolveImport('entrypoints/content.ts', '@/lib/extract')).toEqual({
      kind: 'file',
      path: 'lib/extract/index.ts',
    });
    expect(resolveImport('server/cli.ts', '../lib/logger')).toEqual({
      kind: 'file',
      path: 'lib/logger.ts',
    });
    expect(resolveImport('server/auth.ts', 'node:crypto')).toEqual({
      kind: 'builtin',
      name: 'crypto',
    });
    expect(resolveImport('lib/normalize/country.ts', 'i18n-iso-countries/langs/en.json')).toEqual({
      kind: 'package',
      name: 'i18n-iso-countries',
    });
    expect(resolveImport('x.ts', '@playwright/test')).toEqual({
      kind: 'package',
      name: '@playwright/test',
    });
  });
});

describe('architecture boundaries', () => {
  const LIB = sourceFiles('lib');
  const SERVER = sourceFiles('server');

  it('finds the source folders it checks', () => {
    expect(LIB).toContain('lib/extract/index.ts');
    expect(SERVER).toContain('server/receiver.ts');
    expect(sourceFiles('entrypoints')).toContain('entrypoints/content.ts');
    expect(sourceFiles('ui')).toContain('ui/background-client.ts');
  });

  it('keeps lib/ free of imports from entrypoints/, server/, scripts/ and ui/', () => {
    const isForbidden = (target: ImportTarget) =>
      inFolder(target, 'entrypoints', 'server', 'scripts', 'ui');

    expect(forbiddenImports(LIB, isForbidden)).toEqual([]);
  });

  it('keeps extraction and normalization away from browser APIs, the network and storage', () => {
    const files = LIB.filter(
      (file) =>
        (file.startsWith('lib/extract/') && file !== 'lib/extract/extraction-schema.ts') ||
        file.startsWith('lib/normalize/'),
    );
    const patterns = [
      /\b(?:browser|chrome)\./,
      /\bfetch\s*\(/,
      /\bXMLHttpRequest\b/,
      /\b(?:localStorage|sessionStorage|indexedDB|IDBFactory)\b/,
    ];
    const touchesStorage = (target: ImportTarget) =>
      inFolder(target, 'lib/storage') || (target.kind === 'package' && target.name === 'idb');

    expect(files.length).toBeGreaterThan(10);
    expect(forbiddenReferences(files, patterns)).toEqual([]);
    expect(forbiddenImports(files, touchesStorage)).toEqual([]);
  });

  it('keeps the content script and its imports free of zod, storage, delivery, settings', () => {
    const reached = [...transitiveFiles('entrypoints/content.ts')];
    const isForbidden = (target: ImportTarget) =>
      (target.kind === 'package' && target.name === 'zod') ||
      inFolder(target, 'lib/storage', 'lib/delivery', 'lib/settings') ||
      (target.kind === 'file' && ['lib/settings.ts', 'lib/messages.ts'].includes(target.path));

    expect(reached).toEqual(
      expect.arrayContaining(['lib/extract/index.ts', 'lib/extract/github-user.ts']),
    );
    expect(forbiddenImports(reached, isForbidden)).toEqual([]);
  });

  it('lets server/ import only itself, the contract, the logger, built-ins and packages', () => {
    const isAllowed = (target: ImportTarget) =>
      target.kind !== 'file' ||
      target.path === 'lib/logger.ts' ||
      target.path.startsWith('lib/contract/') ||
      target.path.startsWith('server/');

    expect(forbiddenImports(SERVER, (target) => !isAllowed(target))).toEqual([]);
  });
});

describe('logging', () => {
  it('has no bare console.log in lib/, entrypoints/, ui/ or server/', () => {
    const files = ['lib', 'entrypoints', 'ui', 'server'].flatMap(sourceFiles);

    expect(forbiddenReferences(files, [/\bconsole\.log\b/])).toEqual([]);
  });
});
