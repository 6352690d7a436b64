import {
  FAULT_STATUSES,
  isPossibleRateSum,
  roundRate,
  MAX_FAULT_DELAY_MS,
  sumOfRates,
  type FaultConfig,
  type FaultRule,
  type FaultStatus,
} from './faults';
import { readInteger, readRate, type FlagValue } from './flag-values';
import { MAX_SEED } from './seeded-random';

/** The fault flags as typed on the command line, each absent when not given. */
export interface FaultFlags {
  fail?: string;
  retryAfter?: string;
  resetRate?: string;
  dropRate?: string;
  lateRate?: string;
  lateMs?: string;
  latencyMs?: string;
  seed?: string;
}

/** The faults the flags ask for (`undefined` when none is given), or the first problem. */
export type FaultFlagsResult =
  { ok: true; faults: FaultConfig | undefined } | { ok: false; message: string };

/** `Retry-After` seconds of a 429 or 503 when `--retry-after` is not given. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** Statuses whose meaning includes `Retry-After` (RFC 9110, section 10.2.3; RFC 6585). */
const RETRY_AFTER_STATUSES: ReadonlySet<FaultStatus> = new Set([429, 503]);

/** Turns the fault flags into a fault configuration, checking each value and their sum. */
export function faultConfigFromFlags(flags: FaultFlags): FaultFlagsResult {
  if (Object.values(flags).every((value) => value === undefined)) {
    return { ok: true, faults: undefined };
  }
  const numbers = readNumbers(flags);
  if (!numbers.ok) return numbers;
  const { retryAfter, resetRate, dropRate, lateRate, lateMs, latencyMs, seed } = numbers.values;
  if ((lateRate === undefined) !== (lateMs === undefined)) {
    return { ok: false, message: '--late-rate and --late-ms go together; give both' };
  }
  const statusRules = readFailList(flags.fail, retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS);
  if (!statusRules.ok) return statusRules;

  const rules: FaultRule[] = [...statusRules.rules];
  if (resetRate !== undefined) rules.push({ kind: 'reset', rate: resetRate });
  if (dropRate !== undefined) rules.push({ kind: 'drop', rate: dropRate });
  if (lateRate !== undefined && lateMs !== undefined) {
    rules.push({ kind: 'late', rate: lateRate, delayMs: lateMs });
  }
  const sum = sumOfRates(rules);
  if (!isPossibleRateSum(sum)) {
    const message = `the fault rates add up to ${roundRate(sum)}; at most 1 is possible`;
    return { ok: false, message };
  }

  return { ok: true, faults: withoutUndefined({ rules, latencyMs, seed }) };
}

type Numbers = Record<Exclude<keyof FaultFlags, 'fail'>, number | undefined>;

function readNumbers(
  flags: FaultFlags,
): { ok: true; values: Numbers } | { ok: false; message: string } {
  const read: Record<keyof Numbers, FlagValue> = {
    retryAfter: readInteger('--retry-after', flags.retryAfter, 0, 86_400),
    resetRate: readRate('--reset-rate', flags.resetRate),
    dropRate: readRate('--drop-rate', flags.dropRate),
    lateRate: readRate('--late-rate', flags.lateRate),
    lateMs: readInteger('--late-ms', flags.lateMs, 1, MAX_FAULT_DELAY_MS),
    latencyMs: readInteger('--latency-ms', flags.latencyMs, 0, MAX_FAULT_DELAY_MS),
    seed: readInteger('--seed', flags.seed, 0, MAX_SEED),
  };
  const values: Partial<Numbers> = {};
  for (const [name, result] of Object.entries(read) as Array<[keyof Numbers, FlagValue]>) {
    if (!result.ok) return result;
    values[name] = result.value;
  }

  return { ok: true, values: values as Numbers };
}

type StatusRule = Extract<FaultRule, { kind: 'status' }>;
type StatusRules = { ok: true; rules: StatusRule[] } | { ok: false; message: string };

/** Reads `--fail 500:0.3,429:0.05` into status rules. */
function readFailList(text: string | undefined, retryAfterSeconds: number): StatusRules {
  if (text === undefined) return { ok: true, rules: [] };

  const rules: StatusRule[] = [];
  for (const item of text.split(',')) {
    const rule = readFailItem(item, text, retryAfterSeconds);
    if (typeof rule === 'string') return { ok: false, message: rule };
    if (rules.some((known) => known.status === rule.status)) {
      return { ok: false, message: `--fail: status ${rule.status} is given twice` };
    }
    rules.push(rule);
  }

  return { ok: true, rules };
}

/** One `STATUS:RATE` of `--fail`, or what is wrong with it. */
function readFailItem(item: string, text: string, retryAfterSeconds: number): StatusRule | string {
  const match = /^\s*(\d{3}):(\S+?)\s*$/.exec(item);
  if (match === null) return `--fail: expected STATUS:RATE[,STATUS:RATE...], got "${text}"`;

  const [, code = '', rateText] = match;
  const status = FAULT_STATUSES.find((known) => String(known) === code);
  if (status === undefined) {
    return `--fail: unknown status ${code} (expected one of ${FAULT_STATUSES.join(', ')})`;
  }
  const rate = readRate(`--fail: the rate of ${status}`, rateText);
  if (!rate.ok) return rate.message;

  return statusRule(status, rate.value ?? 0, retryAfterSeconds);
}

function statusRule(status: FaultStatus, rate: number, retryAfterSeconds: number): StatusRule {
  return RETRY_AFTER_STATUSES.has(status)
    ? { kind: 'status', status, rate, retryAfterSeconds }
    : { kind: 'status', status, rate };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
