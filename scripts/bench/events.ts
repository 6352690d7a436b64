import { randomUUID } from 'node:crypto';
import { buildUserEnrichedEvent } from '../../lib/capture/build-event';
import type { UserEnrichedEvent } from '../../lib/contract/event';

/** A capture as the popup sends it: the event and the profile it was taken from. */
export interface BenchCapture {
  event: UserEnrichedEvent;
  profileUrl: string;
}

/**
 * A valid `user_enriched` capture of a typical size, built by the same function as the
 * popup's, with a fresh UUID as `context.event_id`. `profile` picks which of `profiles`
 * people it describes: the background remembers one entry per profile URL.
 */
export function buildBenchCapture(index: number, profiles: number): BenchCapture {
  const person = index % profiles;
  const handle = `bench-person-${person}`;
  const event = buildUserEnrichedEvent(
    {
      userId: handle,
      groupId: 'bench-example.org',
      values: {
        enrichment_full_name: `Bench Person ${person}`,
        enrichment_first_name: 'Bench',
        enrichment_last_name: `Person ${person}`,
        enrichment_employment_title: 'Senior Software Engineer',
        enrichment_employment_name: 'Example Org',
        enrichment_employment_domain: 'example.org',
        enrichment_city: 'Lisbon',
        enrichment_country: 'Portugal',
        enrichment_country_code: 'PT',
        enrichment_time_zone: 'Europe/Lisbon',
        enrichment_linkedin_handle: handle,
      },
    },
    randomUUID(),
    new Date(),
  );

  return { event, profileUrl: `https://www.linkedin.com/in/${handle}/` };
}

/** `count` captures, numbered from `first`. */
export function buildBenchCaptures(first: number, count: number, profiles: number) {
  return Array.from({ length: count }, (_, offset) => buildBenchCapture(first + offset, profiles));
}
