/**
 * The layering of `layers.ts` for company fields. Its functions are written for a person's
 * fields but never look at them (they merge by key), so they are reused with the company
 * type; the casts end once `layers.ts` takes the field type as a parameter.
 */
import { mergeLayers, readLayer, type FieldLayer } from './layers';
import type { FieldOrigin, RawCompany, RawPerson } from './types';

/** The fields one source of a company page gives. */
export interface CompanyLayer {
  origin: FieldOrigin;
  fields: RawCompany;
}

/** A company's fields merged from several layers, with the origin of each field. */
export interface MergedCompanyFields {
  fields: RawCompany;
  origins: Partial<Record<keyof RawCompany, FieldOrigin>>;
}

/** Reads one layer; a reader that throws yields no fields (see `readLayer`). */
export function readCompanyLayer(
  name: string,
  origin: FieldOrigin,
  read: () => RawCompany,
): CompanyLayer {
  const layer = readLayer(name, origin, read as () => RawPerson);

  return { origin: layer.origin, fields: layer.fields as RawCompany };
}

/** Merges layers field by field: the first layer that has a value for a field wins. */
export function mergeCompanyLayers(layers: CompanyLayer[]): MergedCompanyFields {
  const merged = mergeLayers(layers as FieldLayer[]);

  return {
    fields: merged.fields as RawCompany,
    origins: merged.origins as MergedCompanyFields['origins'],
  };
}
