import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../../server/cli-options';
import { faultConfigFromFlags } from '../../../server/fault-flags';

describe('faultConfigFromFlags', () => {
  it('gives no faults when no fault flag is given', () => {
    expect(faultConfigFromFlags({})).toEqual({ ok: true, faults: undefined });
  });

  it('builds the suite mix, with Retry-After 1 on 429 and 503 by default', () => {
    const result = faultConfigFromFlags({
      fail: '500:0.3,429:0.05,503:0.01',
      resetRate: '0.05',
      dropRate: '.02',
      lateRate: '0.05',
      lateMs: '20000',
      latencyMs: '25',
      seed: '7',
    });

    expect(result).toEqual({
      ok: true,
      faults: {
        rules: [
          { kind: 'status', status: 500, rate: 0.3 },
          { kind: 'status', status: 429, rate: 0.05, retryAfterSeconds: 1 },
          { kind: 'status', status: 503, rate: 0.01, retryAfterSeconds: 1 },
          { kind: 'reset', rate: 0.05 },
          { kind: 'drop', rate: 0.02 },
          { kind: 'late', rate: 0.05, delayMs: 20_000 },
        ],
        latencyMs: 25,
        seed: 7,
      },
    });
  });

  it('uses --retry-after for 429 and 503', () => {
    const result = faultConfigFromFlags({ fail: '429:0.1', retryAfter: '30' });

    expect(result).toMatchObject({ faults: { rules: [{ retryAfterSeconds: 30 }] } });
  });

  it.each([
    [{ fail: '418:0.1' }, '--fail: unknown status 418 (expected one of 429, 500, 502, 503, 504)'],
    [{ fail: '500' }, '--fail: expected STATUS:RATE[,STATUS:RATE...], got "500"'],
    [{ fail: '500:1.5' }, '--fail: the rate of 500: expected a rate from 0 to 1, got "1.5"'],
    [{ fail: '500:0.1,500:0.2' }, '--fail: status 500 is given twice'],
    [{ fail: '500:0.7', resetRate: '0.4' }, 'the fault rates add up to 1.1; at most 1 is possible'],
    [{ resetRate: '-0.1' }, '--reset-rate: expected a rate from 0 to 1, got "-0.1"'],
    [{ dropRate: 'half' }, '--drop-rate: expected a rate from 0 to 1, got "half"'],
    [{ lateRate: '0.1' }, '--late-rate and --late-ms go together; give both'],
    [{ lateMs: '100' }, '--late-rate and --late-ms go together; give both'],
    [{ latencyMs: '1e3' }, '--latency-ms: expected an integer from 0 to 600000, got "1e3"'],
    [{ seed: '4294967296' }, '--seed: expected an integer from 0 to 4294967295, got "4294967296"'],
    [{ retryAfter: '-1' }, '--retry-after: expected an integer from 0 to 86400, got "-1"'],
  ])('refuses %j', (flags, message) => {
    expect(faultConfigFromFlags(flags)).toEqual({ ok: false, message });
  });
});

describe('parseCliArguments with fault flags', () => {
  it('passes the faults and the lower limits to the receiver options', () => {
    const argv = ['--token', 't', '--fail', '500:0.3,429:0.05', '--reset-rate', '0.05'];
    const limits = ['--max-events', '10', '--max-bytes', '4096', '--late-rate', '0.05'];

    const command = parseCliArguments([...argv, ...limits, '--late-ms', '9000'], {});

    expect(command).toMatchObject({
      kind: 'run',
      options: {
        maxEvents: 10,
        maxBytes: 4096,
        faults: {
          rules: [
            { kind: 'status', status: 500, rate: 0.3 },
            { kind: 'status', status: 429, rate: 0.05, retryAfterSeconds: 1 },
            { kind: 'reset', rate: 0.05 },
            { kind: 'late', rate: 0.05, delayMs: 9000 },
          ],
        },
      },
    });
  });

  it('reports a fault flag problem as a usage error', () => {
    expect(parseCliArguments(['--token', 't', '--fail', '500:2'], {})).toEqual({
      kind: 'error',
      message: '--fail: the rate of 500: expected a rate from 0 to 1, got "2"',
    });
  });

  it('leaves faults out when no fault flag is given', () => {
    const command = parseCliArguments(['--token', 't'], {});

    expect(command.kind === 'run' && command.options.faults).toBeUndefined();
  });
});
