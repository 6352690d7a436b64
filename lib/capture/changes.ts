import { FIELD_GROUPS } from './fields';
import type { Proposal } from '../normalize/propose';

/** A field whose proposed value differs from the one saved last time. */
export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

const asText = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : (value ?? '').trim();

/**
 * The fields the page now proposes differently from the last capture. A field the page does
 * not show is left out: "not found" says nothing about whether the person changed.
 */
export function listChanges(
  proposal: Proposal,
  lastProperties: Record<string, string | string[]>,
): FieldChange[] {
  const specs = FIELD_GROUPS.flatMap((group) => group.fields);
  const changes = specs.map((spec) => ({
    label: spec.label,
    before: asText(lastProperties[spec.key]),
    after: asText(proposal.properties[spec.key]),
  }));

  return changes.filter((change) => change.after !== '' && change.after !== change.before);
}

/** One change as the popup lists it, e.g. "Title: Head of Data → Head of Data Platform". */
export function describeChange(change: FieldChange): string {
  return `${change.label}: ${change.before || '(empty)'} → ${change.after}`;
}
