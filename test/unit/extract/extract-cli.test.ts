import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures');

/** Runs the extraction command in one Node process, as `npm run extract` would. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON lines of an output. */
function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const folders: string[] = [];

/** A temporary folder that is removed after the test. */
function makeFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  folders.push(folder);

  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Copies a sample's page and address into a folder. */
function copySample(folder: string, name: string) {
  copyFileSync(join(FIXTURES, `${name}.html`), join(folder, `${name}.html`));
  copyFileSync(join(FIXTURES, `${name}.url.txt`), join(folder, `${name}.url.txt`));
}

describe('the extract command', { timeout: 60_000 }, () => {
  it('prints one line of kind and properties for one page', () => {
    const { status, stdout } = runCli([join(FIXTURES, 'github-org-website-only.html')]);

    expect(status).toBe(0);
    expect(jsonLines(stdout)).toEqual([
      expect.objectContaining({
        kind: 'company',
        properties: expect.objectContaining({ enrichment_domain: 'quillstone.example' }),
      }),
    ]);
  });

  it('prints usage for --help and exits 0', () => {
    const { status, stdout, stderr } = runCli(['--help']);

    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: npm run extract -- \[--url URL\] FILE\.html/);
    expect(stdout).toContain('--all DIR');
    expect(stderr).toBe('');
  });

  it('reports an unknown option in one line with the usage, exit 2', () => {
    const { status, stderr } = runCli(['--colour']);

    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^extract: Unknown option '--colour'.*usage: npm run extract/);
  });

  it('names a directory given as FILE instead of failing with EISDIR', () => {
    const { status, stderr } = runCli([FIXTURES]);

    expect(status).toBe(2);
    expect(stderr).not.toContain('EISDIR');
    expect(stderr).toContain(`${FIXTURES} is a directory; to read every page in it, use --all`);
  });

  it('prints a line per page of a folder, by name, with an error for a missing address', () => {
    const folder = makeFolder();
    copySample(folder, 'not-a-profile-linkedin-feed');
    copySample(folder, 'github-user-minimal');
    writeFileSync(join(folder, 'a-page-without-address.html'), '<html><body>hi</body></html>');
    writeFileSync(join(folder, 'notes.txt'), 'not a page');

    const { status, stdout } = runCli(['--all', folder]);
    const lines = jsonLines(stdout);

    expect(status).toBe(0);
    expect(lines.map((line) => line.name)).toEqual([
      'a-page-without-address',
      'github-user-minimal',
      'not-a-profile-linkedin-feed',
    ]);
    expect(lines[0]).toEqual({ name: 'a-page-without-address', error: expect.any(String) });
    expect(lines[0]!.error).toContain('a-page-without-address.url.txt');
    expect(lines[1]).toEqual({
      name: 'github-user-minimal',
      kind: 'person',
      properties: expect.objectContaining({ enrichment_github_handle: 'zq-null' }),
    });
    expect(lines[2]).toEqual({ name: 'not-a-profile-linkedin-feed', kind: 'none', properties: {} });
  });

  it('gives a line with an error for a page whose address is not http(s)', () => {
    const folder = makeFolder();
    writeFileSync(join(folder, 'odd.html'), '<html></html>');
    writeFileSync(join(folder, 'odd.url.txt'), 'file:///etc/passwd\n');

    const { status, stdout } = runCli(['--all', folder]);

    expect(status).toBe(0);
    expect(jsonLines(stdout)).toEqual([
      { name: 'odd', error: expect.stringContaining('not an http(s) URL') },
    ]);
  });

  it('reads every sample of test/fixtures with --all', () => {
    const { status, stdout } = runCli(['--all', FIXTURES]);
    const lines = jsonLines(stdout);

    expect(status).toBe(0);
    expect(lines.length).toBeGreaterThanOrEqual(30);
    expect(lines.filter((line) => 'error' in line)).toEqual([]);
  });

  it('exits 2 when the folder of --all is missing', () => {
    const missing = join(makeFolder(), 'nowhere');

    const { status, stdout, stderr } = runCli(['--all', missing]);

    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`extract: no such directory: ${missing}\n`);
  });
});
