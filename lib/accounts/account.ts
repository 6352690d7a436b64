import { z } from 'zod';

/**
 * A captured account as the background keeps it (store `accounts`, keyed by `groupId`) and
 * as the popup lists it: enough to find it by name or domain and to tag people with it.
 */
export const accountSummarySchema = z.object({
  groupId: z.string().min(1),
  name: z.string().optional(),
  /** The account's own registrable domain, e.g. `example.com`. */
  domain: z.string().optional(),
  /** The company page it was last captured from. */
  profileUrl: z.string().optional(),
  /** When it was last captured (ISO-8601). */
  lastCapturedAt: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/** Newest capture first; ISO-8601 times in UTC sort as text. */
export function byLatestCapture(a: AccountSummary, b: AccountSummary): number {
  return b.lastCapturedAt.localeCompare(a.lastCapturedAt);
}
