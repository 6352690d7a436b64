import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listAccounts,
  readCapturerId,
  recordAccount,
} from '../../../lib/background/accounts-store';
import type { GroupEnrichedEvent } from '../../../lib/contract/event';
import type { CaptureDatabase } from '../../../lib/storage/database';
import { openTestDatabase } from '../storage/make-event';

const PAGE = 'https://www.linkedin.com/company/kestrel-works';

function groupEvent(overrides: {
  groupId?: string;
  timestamp?: string;
  properties?: GroupEnrichedEvent['properties'];
  userId?: string;
}): GroupEnrichedEvent {
  return {
    event_name: 'group_enriched',
    user_id: overrides.userId ?? 'capturer:one',
    timestamp: overrides.timestamp ?? '2026-12-01T10:00:00.000Z',
    properties: overrides.properties ?? {
      enrichment_name: 'Kestrel Works',
      enrichment_domain: 'kestrel-works.example',
    },
    context: { group_id: overrides.groupId ?? 'domain:kestrel-works.example' },
  };
}

let db: CaptureDatabase;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.close());

describe('recordAccount', () => {
  it('keeps the account under its group_id with its name, domain, page and time', async () => {
    await recordAccount(db, PAGE, groupEvent({}));

    expect(await listAccounts(db)).toEqual([
      {
        groupId: 'domain:kestrel-works.example',
        name: 'Kestrel Works',
        domain: 'kestrel-works.example',
        profileUrl: PAGE,
        lastCapturedAt: '2026-12-01T10:00:00.000Z',
      },
    ]);
  });

  it('updates the account on a new capture, keeping a name the new one left empty', async () => {
    await recordAccount(db, PAGE, groupEvent({}));

    const later = '2026-12-02T10:00:00.000Z';
    const properties = { enrichment_domain: 'kestrel-works.example', enrichment_city: 'Delft' };
    await recordAccount(db, `${PAGE}/`, groupEvent({ timestamp: later, properties }));

    const [account] = await listAccounts(db);
    expect(account).toMatchObject({ name: 'Kestrel Works', lastCapturedAt: later });
    expect(await db.count('accounts')).toBe(1);
  });

  it("ends the page's draft: saved edits do not come back", async () => {
    await db.put('drafts', { values: {}, userId: 'u', groupId: 'g', updatedAt: 1 }, PAGE);

    await recordAccount(db, PAGE, groupEvent({}));

    expect(await db.get('drafts', PAGE)).toBeUndefined();
  });

  it('remembers who captured it as the next capturer', async () => {
    await recordAccount(db, PAGE, groupEvent({ userId: 'researcher@example.org' }));

    expect(await readCapturerId(db)).toBe('researcher@example.org');
  });
});

describe('listAccounts', () => {
  it('lists the latest captured first and skips a record it cannot read', async () => {
    await recordAccount(db, PAGE, groupEvent({ groupId: 'a', timestamp: '2026-01-01T00:00:00Z' }));
    await recordAccount(db, PAGE, groupEvent({ groupId: 'b', timestamp: '2026-03-01T00:00:00Z' }));
    await db.put('accounts', { name: 'no id, no time' }, 'c');

    expect((await listAccounts(db)).map((account) => account.groupId)).toEqual(['b', 'a']);
  });
});

describe('readCapturerId', () => {
  it('makes a per-install id once and keeps it', async () => {
    const first = await readCapturerId(db, () => 'uuid-1');
    const second = await readCapturerId(db, () => 'uuid-2');

    expect(first).toBe('capturer:uuid-1');
    expect(second).toBe('capturer:uuid-1');
  });

  it('agrees on one id when asked twice at once', async () => {
    let count = 0;
    const makeId = () => `uuid-${++count}`;

    const ids = await Promise.all([readCapturerId(db, makeId), readCapturerId(db, makeId)]);

    expect(ids).toEqual(['capturer:uuid-1', 'capturer:uuid-1']);
  });
});
