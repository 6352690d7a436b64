import type { FieldOrigin } from '../extract/types';

/** Where a proposed property came from; `derived` when normalization computed it. */
export type ProposalOrigin = 'structured-data' | 'page-text' | 'derived';

/** A proposed value: text, a list of texts, or a count. */
type ProposedValue = string | string[] | number;

/**
 * Collects a proposal's properties and their origins, skipping empty values and keeping
 * the first value proposed for a key, so callers list their sources best first.
 */
export class ProposalBuilder<Properties extends object, Field extends string> {
  readonly properties: Partial<Properties> = {};
  readonly origins: Partial<Record<keyof Properties, ProposalOrigin>> = {};

  /** `fieldOrigins`: where the extractor found each raw field. */
  constructor(private readonly fieldOrigins: Partial<Record<Field, FieldOrigin>>) {}

  /** Proposes a value read from a raw field (or `derived`), if it has one. */
  set(key: keyof Properties, value: ProposedValue | undefined, from: Field | 'derived'): void {
    const isEmpty = Array.isArray(value) ? value.length === 0 : String(value ?? '').trim() === '';
    if (value === undefined || isEmpty || this.properties[key] !== undefined) return;
    const origin = from === 'derived' ? 'derived' : (this.fieldOrigins[from] ?? 'derived');
    (this.properties as Record<keyof Properties, unknown>)[key] =
      typeof value === 'string' ? value.trim() : value;
    this.origins[key] = origin;
  }
}
