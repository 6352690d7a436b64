import { describe, expect, it } from 'vitest';
import {
  chooseFault,
  describeFaults,
  FaultConfigError,
  parseFaultConfig,
  requireFaultConfig,
  type FaultConfig,
} from '../../../server/faults';
import { createSeededRandom } from '../../../server/seeded-random';

/** The suite's planned mix: 30 % 500, 5 % 429, 5 % reset, 5 % late. */
const SUITE_MIX: FaultConfig = {
  rules: [
    { kind: 'status', status: 500, rate: 0.3 },
    { kind: 'status', status: 429, rate: 0.05, retryAfterSeconds: 1 },
    { kind: 'reset', rate: 0.05 },
    { kind: 'late', rate: 0.05, delayMs: 20_000 },
  ],
};

function outcomeName(config: FaultConfig, random: () => number): string {
  const fault = chooseFault(config, random);
  if (fault === null) return 'none';

  return fault.kind === 'status' ? String(fault.status) : fault.kind;
}

describe('chooseFault', () => {
  it('hits each rule at its rate, within 2 points over 10,000 seeded draws', () => {
    const random = createSeededRandom(20_241_021);
    const counts = new Map<string, number>();

    for (let draw = 0; draw < 10_000; draw += 1) {
      const name = outcomeName(SUITE_MIX, random);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }

    const share = (name: string) => (counts.get(name) ?? 0) / 10_000;
    for (const [name, expected] of [
      ['500', 0.3],
      ['429', 0.05],
      ['reset', 0.05],
      ['late', 0.05],
      ['none', 0.55],
    ] as const) {
      expect(Math.abs(share(name) - expected), name).toBeLessThanOrEqual(0.02);
    }
  });

  it('gives each rule the slice of [0, 1) after the rules before it', () => {
    const draws = [0, 0.299, 0.3, 0.349, 0.35, 0.399, 0.4, 0.449, 0.45, 0.999];

    const names = draws.map((draw) => outcomeName(SUITE_MIX, () => draw));

    expect(names).toEqual([
      '500',
      '500',
      '429',
      '429',
      'reset',
      'reset',
      'late',
      'late',
      'none',
      'none',
    ]);
  });

  it('never picks a rule with rate 0, and always picks when the rates add up to 1', () => {
    const config: FaultConfig = {
      rules: [
        { kind: 'drop', rate: 0 },
        { kind: 'reset', rate: 1 },
      ],
    };
    const random = createSeededRandom(7);

    const names = Array.from({ length: 200 }, () => outcomeName(config, random));

    expect(new Set(names)).toEqual(new Set(['reset']));
  });

  it('picks nothing when there is no rule', () => {
    expect(chooseFault({ rules: [] }, () => 0)).toBeNull();
  });
});

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    const first = createSeededRandom(42);
    const again = createSeededRandom(42);
    const other = createSeededRandom(43);

    const take = (random: () => number) => Array.from({ length: 5 }, random);

    const sequence = take(first);
    expect(take(again)).toEqual(sequence);
    expect(take(other)).not.toEqual(sequence);
    expect(sequence.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('parseFaultConfig', () => {
  it('accepts the suite mix and fills an absent rule list with none', () => {
    expect(parseFaultConfig(SUITE_MIX)).toEqual({ ok: true, config: SUITE_MIX });
    expect(parseFaultConfig({ latencyMs: 50 })).toEqual({
      ok: true,
      config: { rules: [], latencyMs: 50 },
    });
  });

  it.each([
    [
      { rules: [{ kind: 'reset', rate: 1.5 }] },
      'rules[0].rate: expected a rate from 0 to 1, got 1.5',
    ],
    [
      { rules: [{ kind: 'drop', rate: -0.1 }] },
      'rules[0].rate: expected a rate from 0 to 1, got -0.1',
    ],
    [
      { rules: [{ kind: 'status', status: 418, rate: 0.1 }] },
      'rules[0].status: expected one of 429, 500, 502, 503, 504, got 418',
    ],
    [
      { rules: [{ kind: 'explode', rate: 0.1 }] },
      'rules[0].kind: expected kind "status", "reset", "drop" or "late", got "explode"',
    ],
    [
      {
        rules: [
          { kind: 'status', status: 500, rate: 0.7 },
          { kind: 'reset', rate: 0.4 },
        ],
      },
      'rules: the rates add up to 1.1; at most 1 is possible',
    ],
    [{ rules: [{ kind: 'late', rate: 0.1 }] }, /^rules\[0\]\.delayMs: /],
    [{ latencyMs: 1.5 }, 'latencyMs: expected whole milliseconds, got 1.5'],
    [{ seed: -1 }, /^seed: /],
    [{ rules: [], colour: 'red' }, /Unrecognized key: "colour"/],
    [[], /expected object/],
  ])('refuses %j', (value, message) => {
    const result = parseFaultConfig(value);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('forgives floating-point noise in a sum that means 1', () => {
    const rules = [0.1, 0.2, 0.7].map((rate) => ({ kind: 'reset', rate }));

    expect(parseFaultConfig({ rules }).ok).toBe(true);
  });

  it('throws a FaultConfigError from requireFaultConfig', () => {
    expect(() => requireFaultConfig({ rules: [{ kind: 'reset', rate: 2 }] })).toThrow(
      FaultConfigError,
    );
  });
});

describe('describeFaults', () => {
  it('says in one line what a configuration does', () => {
    const config: FaultConfig = { ...SUITE_MIX, latencyMs: 100, seed: 3 };

    expect(describeFaults(config)).toBe(
      '30% 500, 5% 429 (Retry-After 1), 5% reset, 5% late by 20000 ms, +100 ms latency, seed 3',
    );
    expect(describeFaults({ rules: [] })).toBe('none');
  });
});
