import { describe, expect, it } from 'vitest';
import { postTrack, readTrackResponse, startReceiver, userEvent } from './receiver-fixture';

const MARKER = 'refused-on-purpose';

const refuseMarked = (event: { user_id: string }) =>
  event.user_id === MARKER ? 'this user_id is refused on purpose' : undefined;

describe('a receiver started with refuseEvent', () => {
  it('answers 400 with the API body naming the refused event and stores none', async () => {
    const { url, store } = await startReceiver({ refuseEvent: refuseMarked });
    const batch = [userEvent(), userEvent({ user_id: MARKER }), userEvent()];

    const response = await postTrack(url, batch);
    const body = await readTrackResponse(response);

    expect(response.status).toBe(400);
    expect(body).toMatchObject({
      success: false,
      message: 'event 1: this user_id is refused on purpose',
    });
    expect(store.stats()).toMatchObject({ stored: 0, arrivals: 0 });
  });

  it('accepts a batch in which no event is refused', async () => {
    const { url, store } = await startReceiver({ refuseEvent: refuseMarked });

    const response = await postTrack(url, [userEvent(), userEvent()]);

    expect(response.status).toBe(200);
    expect(store.countStored()).toBe(2);
  });
});
