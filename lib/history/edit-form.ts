import { z } from 'zod';
import {
  groupEnrichedPropertiesSchema,
  trackEventSchema,
  userEnrichedPropertiesSchema,
  type TrackEvent,
} from '../contract/event';
import { FIELD_GROUPS } from '../capture/fields';
import { propertyText, type HistoryEvent } from './history-record';

/** How a field is typed: a line of text, one item per line, a whole number, or JSON. */
export type EditFieldKind = 'text' | 'list' | 'integer' | 'json';

/** One input of the form that edits a held event. */
export interface EditField {
  /** `user_id`, `group_id`, or the property's key. */
  name: string;
  label: string;
  kind: EditFieldKind;
}

/** The form's values by field name, as typed. */
export type EditValues = Record<string, string>;

/** The edited event, or what is wrong with it by field name (`_form` for the rest). */
export type EditResult =
  { ok: true; event: TrackEvent } | { ok: false; errors: Record<string, string> };

const PROPERTY_SCHEMAS: Record<string, z.ZodObject> = {
  user_enriched: userEnrichedPropertiesSchema,
  group_enriched: groupEnrichedPropertiesSchema,
};

/** The popup's labels for the person fields, so the same field reads the same here. */
const POPUP_LABELS = new Map<string, string>(
  FIELD_GROUPS.flatMap((group) => group.fields.map((field) => [field.key, field.label])),
);

/**
 * The form's fields for an event: its ids, then every documented property of its kind (an
 * event of another name gets its properties as one JSON field).
 */
export function editFieldsFor(eventName: string): EditField[] {
  const ids: EditField[] = [
    { name: 'user_id', label: 'user_id', kind: 'text' },
    { name: 'group_id', label: 'group_id (account)', kind: 'text' },
  ];
  const schema = PROPERTY_SCHEMAS[eventName];
  if (!schema) return [...ids, { name: 'properties', label: 'Properties (JSON)', kind: 'json' }];

  return [
    ...ids,
    ...Object.entries(schema.shape).map(([key, field]) => ({
      name: key,
      label: POPUP_LABELS.get(key) ?? labelOf(key),
      kind: kindOf(field as z.ZodType),
    })),
  ];
}

/** `enrichment_employees_range` → `Employees range`. */
function labelOf(key: string): string {
  const words = key.replace(/^enrichment_/, '').replaceAll('_', ' ');

  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The kind of input a property's schema asks for, read from the contract itself. */
function kindOf(field: z.ZodType): EditFieldKind {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  if (inner instanceof z.ZodArray) return 'list';
  if (inner instanceof z.ZodNumber) return 'integer';
  if (inner instanceof z.ZodRecord || inner instanceof z.ZodObject) return 'json';

  return 'text';
}

/** The form's starting values: the event as it was held. */
export function editValuesOf(event: HistoryEvent): EditValues {
  const values: EditValues = {
    user_id: event.user_id,
    group_id: typeof event.context?.group_id === 'string' ? event.context.group_id : '',
  };
  for (const field of editFieldsFor(event.event_name).slice(2)) {
    const value = field.name === 'properties' ? event.properties : event.properties?.[field.name];
    values[field.name] = formText(value, field.kind);
  }

  return values;
}

function formText(value: unknown, kind: EditFieldKind): string {
  if (value === undefined) return '';
  if (kind === 'list' && Array.isArray(value)) return value.map(propertyText).join('\n');
  if (kind === 'json') return JSON.stringify(value, null, 2);

  return propertyText(value);
}

/**
 * The held event with the form's values, checked with the contract's schema. Its name,
 * timestamp and event id stay as they were; an emptied field is left out, except a property
 * the event carried as `''` (an inactive time still open), which stays `''`.
 */
export function buildEditedEvent(original: HistoryEvent, values: EditValues): EditResult {
  const errors: Record<string, string> = {};
  const properties: Record<string, unknown> = {};
  for (const field of editFieldsFor(original.event_name).slice(2)) {
    const read = readField(field, values[field.name] ?? '', original.properties?.[field.name]);
    if (!read.ok) errors[field.name] = read.error;
    else if (read.value !== undefined) properties[field.name] = read.value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const groupId = (values.group_id ?? '').trim();
  const { group_id: _previous, ...context } = original.context ?? {};
  const edited = {
    ...original,
    user_id: (values.user_id ?? '').trim(),
    properties: 'properties' in properties ? properties.properties : properties,
    // An account's `group_id` is required: kept even when emptied, so the contract's own
    // message says so rather than a bare "expected string".
    context:
      groupId === '' && original.event_name !== 'group_enriched'
        ? context
        : { ...context, group_id: groupId },
  };
  const parsed = trackEventSchema.safeParse(edited);
  if (parsed.success) return { ok: true, event: parsed.data };

  return { ok: false, errors: errorsByField(parsed.error.issues) };
}

type FieldRead = { ok: true; value: unknown } | { ok: false; error: string };

function readField(field: EditField, raw: string, original: unknown): FieldRead {
  const text = raw.trim();
  if (text === '') return { ok: true, value: original === '' ? '' : undefined };
  if (field.kind === 'list') return { ok: true, value: splitLines(text) };
  if (field.kind === 'integer') {
    const number = Number(text);
    return Number.isInteger(number)
      ? { ok: true, value: number }
      : { ok: false, error: 'expected a whole number' };
  }
  if (field.kind === 'json') {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, error: 'expected JSON, e.g. {"key": "value"}' };
    }
  }

  return { ok: true, value: text };
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The contract's complaints by form field: `properties.x` → `x`, `context.group_id` →
 * `group_id`.
 */
function errorsByField(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const [top, key] = issue.path.map(String);
    const name =
      top === 'properties' && key !== undefined
        ? key
        : top === 'context' && key === 'group_id'
          ? 'group_id'
          : top === 'user_id'
            ? 'user_id'
            : '_form';
    errors[name] ??= issue.message;
  }

  return errors;
}
