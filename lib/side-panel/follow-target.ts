/**
 * What the side panel follows. In the browser's side panel it is the active tab of the
 * panel's own window; opened as a page (tests, people who keep it in a tab of its own) its
 * address can name a window (`?windowId=`) or a single tab (`?tabId=`).
 */
export type FollowTarget =
  | { kind: 'window'; /** The panel's own window when absent. */ windowId?: number }
  | { kind: 'tab'; tabId: number };

/** Reads the follow target from the panel page's query string; a tab wins over a window. */
export function readFollowTarget(search: string): FollowTarget {
  const query = new URLSearchParams(search);
  const tabId = readId(query.get('tabId'));
  if (tabId !== undefined) return { kind: 'tab', tabId };
  const windowId = readId(query.get('windowId'));

  return windowId === undefined ? { kind: 'window' } : { kind: 'window', windowId };
}

/** Browser tab and window ids are non-negative integers; anything else names nothing. */
function readId(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const id = Number(value);

  return Number.isSafeInteger(id) ? id : undefined;
}
