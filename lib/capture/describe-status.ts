import type { DeliveryStatus } from '../messages';

/** One line that tells the user where their captures stand and why nothing is sent. */
export function describeStatus(status: DeliveryStatus, online: boolean): string {
  const { queued, sending, delivered, held } = status.counts;
  const counts = `Pending ${queued + sending} · Delivered ${delivered} · Failed ${held}`;
  if (!online) return `${counts} — offline: captures wait until the network is back.`;
  if (status.blocked) return `${counts} — waiting: ${status.blocked.message}`;

  return counts;
}
