import { randomUUID } from 'node:crypto';
import { buildUserEnrichedEvent } from '../../lib/capture/build-event';
import type { TrackEvent, UserEnrichedEvent } from '../../lib/contract/event';

/**
 * The `user_id` of the events made invalid on purpose. The extension accepts them (they
 * follow the contract); the suite's receiver refuses them, as the API refuses events for
 * reasons of its own.
 */
export const REFUSED_USER_ID = 'fault-suite:refused-on-purpose';

/** The reason the receiver gives for a refused event, which the outbox must keep. */
export const REFUSAL_REASON = `user_id ${REFUSED_USER_ID} is refused on purpose`;

/**
 * The profile every suite capture names. One address for all: the background remembers the
 * `user_id` chosen per profile in one record, which thousands of addresses would bloat. It
 * is only a key, never loaded.
 */
export const SUITE_PROFILE_URL = 'http://127.0.0.1/fault-suite/profile';

/** The receiver's `refuseEvent` rule of the suite. */
export function refuseMarkedEvent(event: TrackEvent): string | undefined {
  return event.user_id === REFUSED_USER_ID ? REFUSAL_REASON : undefined;
}

/** `count` valid captures numbered from `first`; those at `refusedAt` carry the marker. */
export function makeCaptures(
  first: number,
  count: number,
  refusedAt: readonly number[] = [],
): UserEnrichedEvent[] {
  return Array.from({ length: count }, (_, offset) => {
    const number = first + offset;
    const userId = refusedAt.includes(offset) ? REFUSED_USER_ID : `fault-suite:${number}`;
    const values = {
      enrichment_full_name: `Fault Suite Person ${number}`,
      enrichment_employment_title: 'Data Engineer',
      enrichment_city: 'Lisbon',
    };

    return buildUserEnrichedEvent(
      { userId, groupId: 'fault-suite', values },
      randomUUID(),
      new Date(),
    );
  });
}

/** The event id the suite gave an event. */
export function eventIdOf(event: UserEnrichedEvent): string {
  return event.context!.event_id!;
}
