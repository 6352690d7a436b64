import { z } from 'zod';
import { MAX_SEED } from './seeded-random';

/** Statuses a `status` fault may answer: the transient ones a client must retry. */
export const FAULT_STATUSES = [429, 500, 502, 503, 504] as const;

/** One of `FAULT_STATUSES`. */
export type FaultStatus = (typeof FAULT_STATUSES)[number];

/** Longest wait a fault may add (ten minutes), so a mistyped delay cannot hang a test run. */
export const MAX_FAULT_DELAY_MS = 600_000;

// Sums such as 0.1 + 0.2 + 0.7 land a hair over 1 in floating point; they mean 1.
const RATE_SUM_TOLERANCE = 1e-9;

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

const rate = z
  .number({ error: (issue) => `expected a rate from 0 to 1, got ${shown(issue.input)}` })
  .min(0, { error: (issue) => `expected a rate from 0 to 1, got ${shown(issue.input)}` })
  .max(1, { error: (issue) => `expected a rate from 0 to 1, got ${shown(issue.input)}` });

const milliseconds = z
  .int({ error: (issue) => `expected whole milliseconds, got ${shown(issue.input)}` })
  .min(0, { error: (issue) => `expected 0 or more milliseconds, got ${shown(issue.input)}` })
  .max(MAX_FAULT_DELAY_MS, {
    error: (issue) => `expected at most ${MAX_FAULT_DELAY_MS} ms, got ${shown(issue.input)}`,
  });

const statusRuleSchema = z.strictObject({
  kind: z.literal('status'),
  status: z.literal(FAULT_STATUSES, {
    error: (issue) => `expected one of ${FAULT_STATUSES.join(', ')}, got ${shown(issue.input)}`,
  }),
  /** Sent as `Retry-After` when set; default none. */
  retryAfterSeconds: z.int().min(0).max(86_400).optional(),
  rate,
});

const faultRuleSchema = z.discriminatedUnion(
  'kind',
  [
    statusRuleSchema,
    z.strictObject({ kind: z.literal('reset'), rate }),
    z.strictObject({ kind: z.literal('drop'), rate }),
    z.strictObject({ kind: z.literal('late'), rate, delayMs: milliseconds }),
  ],
  {
    error: (issue) =>
      `expected kind "status", "reset", "drop" or "late", got ${shown(kindOf(issue.input))}`,
  },
);

/** What `POST /admin/faults`, `createReceiver({ faults })` and the flags describe. */
export const faultConfigSchema = z
  .strictObject({
    /** At most one rule applies per request; default none. */
    rules: z.array(faultRuleSchema).default([]),
    /** Added before every answer (not before a reset); default 0. */
    latencyMs: milliseconds.optional(),
    /** Makes the choice of faults reproducible; default a fresh `Math.random` sequence. */
    seed: z.int().min(0).max(MAX_SEED).optional(),
  })
  .refine((config) => isPossibleRateSum(sumOfRates(config.rules)), {
    error: (issue) => {
      const { rules = [] } = issue.input as { rules?: FaultRule[] };

      return `rules: the rates add up to ${roundRate(sumOfRates(rules))}; at most 1 is possible`;
    },
  });

/** A rate without floating-point noise (`1.0999999999999999` as `1.1`), for messages. */
export function roundRate(rate: number): number {
  return Number(rate.toFixed(6));
}

/** Whether rules with this total rate can share one draw (at most 1, rounding forgiven). */
export function isPossibleRateSum(sum: number): boolean {
  return sum <= 1 + RATE_SUM_TOLERANCE;
}

/** Which failures the receiver injects, how often, and with what delay. */
export type FaultConfig = z.infer<typeof faultConfigSchema>;

/** One kind of failure and the share of requests it hits. */
export type FaultRule = z.infer<typeof faultRuleSchema>;

/** A fault configuration that passed validation, or what is wrong with it. */
export type FaultConfigResult = { ok: true; config: FaultConfig } | { ok: false; message: string };

/** Raised when code (not a request) hands the receiver an invalid fault configuration. */
export class FaultConfigError extends Error {
  override name = 'FaultConfigError';
}

/** Validates a fault configuration from JSON, options or flags. */
export function parseFaultConfig(value: unknown): FaultConfigResult {
  const parsed = faultConfigSchema.safeParse(value);
  if (parsed.success) return { ok: true, config: parsed.data };

  const problems = parsed.error.issues.map((issue) => {
    const path = formatPath(issue.path);

    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });

  return { ok: false, message: problems.join('; ') };
}

/** Like `parseFaultConfig`, for callers that can only throw. */
export function requireFaultConfig(value: unknown): FaultConfig {
  const result = parseFaultConfig(value);
  if (!result.ok) throw new FaultConfigError(`invalid fault configuration: ${result.message}`);

  return result.config;
}

/**
 * Picks the fault for one request, or `null` for none. The rules share [0, 1) in order,
 * each taking a slice as wide as its rate, so one draw picks at most one of them.
 */
export function chooseFault(config: FaultConfig, random: () => number): FaultRule | null {
  const draw = random();
  let threshold = 0;
  for (const rule of config.rules) {
    threshold += rule.rate;
    if (draw < threshold) return rule;
  }

  return null;
}

/** One line saying what a configuration does, for the receiver's start-up output. */
export function describeFaults(config: FaultConfig): string {
  const percent = (value: number) => `${roundRate(value * 100)}%`;
  const parts = config.rules.map((rule) => {
    switch (rule.kind) {
      case 'status': {
        const retry =
          rule.retryAfterSeconds === undefined ? '' : ` (Retry-After ${rule.retryAfterSeconds})`;

        return `${percent(rule.rate)} ${rule.status}${retry}`;
      }
      case 'late':
        return `${percent(rule.rate)} late by ${rule.delayMs} ms`;
      default:
        return `${percent(rule.rate)} ${rule.kind}`;
    }
  });
  if (config.latencyMs) parts.push(`+${config.latencyMs} ms latency`);
  if (config.seed !== undefined) parts.push(`seed ${config.seed}`);

  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** The share of requests the rules fail together. */
export function sumOfRates(rules: readonly { rate?: unknown }[]): number {
  return rules.reduce((sum, rule) => sum + (typeof rule.rate === 'number' ? rule.rate : 0), 0);
}

function kindOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'kind' in value ? value.kind : undefined;
}

/** `['rules', 0, 'rate']` as `rules[0].rate`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;

      return index === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}
