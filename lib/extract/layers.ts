import { createLogger } from '../logger';
import type { FieldOrigin, RawPerson } from './types';

const log = createLogger('extract');

/** The fields one source of a page gives (structured data, the visible top card, …). */
export interface FieldLayer<Fields extends object = RawPerson> {
  origin: FieldOrigin;
  fields: Fields;
}

/** Fields merged from several layers, with the origin of each field. */
export interface MergedFields<Fields extends object = RawPerson> {
  fields: Fields;
  origins: Partial<Record<keyof Fields, FieldOrigin>>;
}

/**
 * Reads one layer. A reader that throws on a malformed page yields no fields, so one
 * broken layer never loses what the others found.
 */
export function readLayer<Fields extends object>(
  name: string,
  origin: FieldOrigin,
  read: () => Fields,
): FieldLayer<Fields> {
  try {
    return { origin, fields: read() };
  } catch (error) {
    // Only the layer name and the error type: the message could quote page content.
    log.debug(`layer ${name} failed`, error instanceof Error ? error.name : typeof error);

    return { origin, fields: {} as Fields };
  }
}

/** Whether a field value counts as found: not empty, not an empty list. */
function hasValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;

  return value !== undefined && value !== '';
}

/** Merges layers field by field: the first layer that has a value for a field wins. */
export function mergeLayers<Fields extends object>(
  layers: FieldLayer<Fields>[],
): MergedFields<Fields> {
  const fields: Record<string, unknown> = {};
  const origins: MergedFields<Fields>['origins'] = {};

  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer.fields)) {
      if (hasValue(fields[key]) || !hasValue(value)) continue;
      fields[key] = value;
      origins[key as keyof Fields] = layer.origin;
    }
  }

  return { fields: fields as Fields, origins };
}
