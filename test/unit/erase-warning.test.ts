import { describe, expect, it } from 'vitest';
import { countUndelivered, describeDataLoss, describeErased } from '../../lib/erase-warning';

describe('describeDataLoss', () => {
  it('counts queued, sending and held events as undelivered', () => {
    expect(countUndelivered({ queued: 2, sending: 1, held: 3 })).toBe(6);
  });

  it('says how many undelivered events would be lost', () => {
    const text = describeDataLoss({ queued: 2, sending: 0, held: 1 });

    expect(text).toMatch(/^3 events that were not delivered would be lost for good/);
    expect(text).toContain('Settings set by your administrator stay.');
  });

  it('speaks of one event in the singular', () => {
    expect(describeDataLoss({ queued: 1, sending: 0, held: 0 })).toMatch(/^1 event that was/);
  });

  it('says nothing unsent would be lost when everything was delivered', () => {
    expect(describeDataLoss({ queued: 0, sending: 0, held: 0 })).toMatch(/nothing unsent/);
  });
});

describe('describeErased', () => {
  it('names the undelivered events that went', () => {
    expect(describeErased(2)).toContain('2 undelivered events');
    expect(describeErased(1)).toContain('1 undelivered event with it');
    expect(describeErased(0)).toContain('no undelivered events');
  });
});
