import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_PATH, DEFAULT_PORT, parseCliArguments } from '../../../server/cli-options';

describe('parseCliArguments', () => {
  it('reads every flag', () => {
    const argv = ['--port', '0', '--token', 't', '--db', 'x.sqlite', '--max-events', '5'];

    expect(parseCliArguments([...argv, '--max-bytes', '900', '--verbose'], {})).toEqual({
      kind: 'run',
      options: {
        port: 0,
        token: 't',
        dbPath: 'x.sqlite',
        maxEvents: 5,
        maxBytes: 900,
        verbose: true,
      },
    });
  });

  it('takes the token from RECEIVER_TOKEN and fills the defaults', () => {
    const command = parseCliArguments([], { RECEIVER_TOKEN: 'from-env' });

    expect(command).toMatchObject({
      kind: 'run',
      options: { port: DEFAULT_PORT, token: 'from-env', dbPath: DEFAULT_DB_PATH },
    });
  });

  it.each([
    [['--token', 't', '--port', 'abc'], '--port: expected an integer from 0 to 65535, got "abc"'],
    [
      ['--token', 't', '--port', '70000'],
      '--port: expected an integer from 0 to 65535, got "70000"',
    ],
    [['--token', 't', '--max-events', '0'], /^--max-events: expected an integer from 1/],
    [['--port', '1'], '--token is required (or RECEIVER_TOKEN)'],
    [['--token', 't', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j', (argv, message) => {
    const command = parseCliArguments(argv, {});

    expect(command.kind).toBe('error');
    expect(command.kind === 'error' && command.message).toMatch(message);
  });
});

/** Runs the CLI in one Node process (no npx in between, so signals reach it directly). */
function spawnCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: join(import.meta.dirname, '../../..'),
    env: { ...process.env, RECEIVER_TOKEN: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));

  return { child, output: () => ({ stdout, stderr }) };
}

async function waitForLine(read: () => string, pattern: RegExp, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = pattern.exec(read());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no line matching ${pattern} within ${timeoutMs} ms: ${read()}`);
}

describe('the receiver command', () => {
  it('prints its address, serves, and stops cleanly on SIGTERM', { timeout: 20_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'receiver-cli-'));
    const dbPath = join(folder, 'nested', 'receiver.sqlite');
    const { child, output } = spawnCli(['--port', '0', '--token', 'cli-token', '--db', dbPath]);

    try {
      const [line, url] = await waitForLine(
        () => output().stdout,
        /^receiver: listening on (http:\/\/127\.0\.0\.1:\d+) \(db: .+\)$/m,
        15_000,
      );
      const health = await fetch(`${url}/health`);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');

      expect(line).toBe(`receiver: listening on ${url} (db: ${dbPath})`);
      expect(health.status).toBe(200);
      expect(code).toBe(0);
      expect(output().stdout).toContain('receiver: stopped');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it(
    'injects faults from its flags and switches them at run time',
    { timeout: 20_000 },
    async () => {
      const args = ['--port', '0', '--token', 'cli-token', '--db', ':memory:', '--max-events', '1'];
      const { child, output } = spawnCli([...args, '--fail', '503:1', '--retry-after', '4']);
      const post = (url: string, path: string, body: unknown) =>
        fetch(`${url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': 'cli-token' },
          body: JSON.stringify(body),
        });
      const event = {
        event_name: 'user_enriched',
        user_id: 'cli-user',
        timestamp: '2024-10-21T12:30:08.276Z',
      };

      try {
        const [, url = ''] = await waitForLine(() => output().stdout, /listening on (\S+)/, 15_000);
        const failed = await post(url, '/api/track', [event]);
        await post(url, '/admin/faults', null);
        const overLimit = await post(url, '/api/track', [event, event]);
        const accepted = await post(url, '/api/track', [event]);

        expect(output().stdout).toContain('receiver: injecting faults: 100% 503 (Retry-After 4)');
        expect([failed.status, failed.headers.get('retry-after')]).toEqual([503, '4']);
        expect([overLimit.status, accepted.status]).toEqual([400, 200]);
      } finally {
        child.kill('SIGTERM');
        if (child.exitCode === null) await once(child, 'exit');
      }
    },
  );

  it(
    'exits with 2 and one line when fault rates add up to over 1',
    { timeout: 20_000 },
    async () => {
      const { child, output } = spawnCli([
        '--token',
        't',
        '--fail',
        '500:0.6',
        '--drop-rate',
        '0.5',
      ]);

      const [code] = await once(child, 'exit');

      expect(code).toBe(2);
      expect(output().stderr).toBe(
        'receiver: the fault rates add up to 1.1; at most 1 is possible (see --help)\n',
      );
    },
  );

  it('exits with 2 and one line when the port is not a number', { timeout: 20_000 }, async () => {
    const { child, output } = spawnCli(['--port', 'eighty', '--token', 't']);

    const [code] = await once(child, 'exit');

    expect(code).toBe(2);
    expect(output().stderr).toBe(
      'receiver: --port: expected an integer from 0 to 65535, got "eighty" (see --help)\n',
    );
  });
});
