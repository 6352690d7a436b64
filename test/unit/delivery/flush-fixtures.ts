import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

/** The moment the flush tests run at. */
export const NOW = 1_000_000;

/** Delivery set up against a local endpoint. */
export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  endpoint: 'http://127.0.0.1:8787/api/track',
  secret: 'key-1',
};

/** The API's documented answer body for a status, with any field overridden. */
export function apiAnswer(status: number, overrides: Record<string, unknown> = {}, headers = {}) {
  const body = {
    success: status === 200,
    response_id: `resp-${status}`,
    message: status === 200 ? 'ok' : `status ${status}`,
    warnings: [],
    documentation: '',
    ...overrides,
  };
  return new Response(JSON.stringify(body), { status, headers });
}
