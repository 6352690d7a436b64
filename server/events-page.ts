import { createHash } from 'node:crypto';
import type { StoredRecord, StoreStats } from './event-store';

/** The limits the page states, so it can serve as the `documentation` of every answer. */
export interface PageLimits {
  maxEvents: number;
  maxBytes: number;
}

/** What the page shows: the events (put newest first here), or how to pass the token. */
export type PageContent =
  | { kind: 'events'; records: readonly StoredRecord[]; stats: StoreStats; limits: PageLimits }
  | { kind: 'token-needed'; limits: PageLimits };

const STYLE = [
  'body{font:14px system-ui,sans-serif;margin:2rem;color:#222}',
  'table{border-collapse:collapse}',
  'th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}',
  'code{font-size:12px}',
].join('');

/**
 * No script, no outside resource: the page shows whatever a client sent, so even an escaping
 * slip must not run. The one inline style is allowed by its hash alone.
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Renders the receiver's page. */
export function renderEventsPage(content: PageContent): string {
  const main = content.kind === 'events' ? renderEvents(content) : TOKEN_HELP;

  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<title>Track API receiver</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1>Track API receiver</h1>',
    main,
    renderContractNotes(content.limits),
    '</body></html>',
  ].join('\n');
}

function renderEvents({ records, stats }: Extract<PageContent, { kind: 'events' }>): string {
  const summary =
    `<p>${stats.stored} stored, ${stats.arrivals} arrived, ` +
    `${stats.duplicates} duplicates not stored again.</p>`;
  if (records.length === 0) return `${summary}<p>Nothing has arrived yet.</p>`;

  const rows = [...records].reverse().map(renderRow).join('\n');
  const head = '<tr><th>received</th><th>event</th><th>user_id</th><th>name</th><th>id</th></tr>';

  return `${summary}<table><thead>${head}</thead><tbody>\n${rows}\n</tbody></table>`;
}

function renderRow(record: StoredRecord): string {
  const { event } = record;
  const cells = [
    record.receivedAt,
    event.event_name,
    event.user_id,
    fullNameOf(event.properties),
    record.eventId ?? '(none)',
  ];

  return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
}

/** A person's full name, or an account's name, whichever the event carries. */
function fullNameOf(properties: Record<string, unknown> | undefined): string {
  const name = properties?.enrichment_full_name ?? properties?.enrichment_name;

  return typeof name === 'string' ? name : '';
}

const TOKEN_HELP = [
  '<p>The captured events hold personal data, so this page needs the receiver token:',
  'open <code>/?token=YOUR_TOKEN</code> (the value given with <code>--token</code> or',
  '<code>RECEIVER_TOKEN</code>).</p>',
].join('\n');

function renderContractNotes(limits: PageLimits): string {
  return [
    '<h2>Sending events</h2>',
    '<p><code>POST /api/track</code> with <code>Content-Type: application/json</code> and',
    '<code>x-api-key: TOKEN</code> or <code>Authorization: Bearer TOKEN</code>.',
    `The body is a JSON array of 1 to ${limits.maxEvents} events and at most`,
    `${limits.maxBytes} bytes; one invalid event rejects the whole request.`,
    '<code>GET /api/events</code> (same token) lists what was stored.</p>',
  ].join('\n');
}
