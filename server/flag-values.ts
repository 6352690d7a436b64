/** A flag's value read as a number, `undefined` when the flag is absent, or the problem. */
export type FlagValue = { ok: true; value: number | undefined } | { ok: false; message: string };

/** Reads a whole number from `min` to `max` given to `flag`. */
export function readInteger(
  flag: string,
  text: string | undefined,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): FlagValue {
  if (text === undefined) return { ok: true, value: undefined };
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return { ok: true, value };

  return {
    ok: false,
    message: `${flag}: expected an integer from ${min} to ${max}, got "${text}"`,
  };
}

/** Reads a rate from 0 to 1 written as a decimal (`0.05`, `.3`, `1`) given to `flag`. */
export function readRate(flag: string, text: string | undefined): FlagValue {
  if (text === undefined) return { ok: true, value: undefined };
  const value = /^(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (value >= 0 && value <= 1) return { ok: true, value };

  return { ok: false, message: `${flag}: expected a rate from 0 to 1, got "${text}"` };
}
