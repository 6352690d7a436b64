import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FlushCheckpoint } from '../../lib/delivery/flush';

/** The flush checkpoints of the test build, in the order a flush reaches them. */
export const CHECKPOINTS: readonly FlushCheckpoint[] = ['leased', 'sending', 'answered'];

/**
 * The harness's end of the test build's checkpoints: the worker asks it at each one whether
 * to pause there, and it says yes once to the point the harness armed.
 */
export interface CheckpointServer {
  /** The `controlUrl` to hand to the worker through `test.control`. */
  url: string;
  /**
   * Answers `{hold: true}` to the next flush that reaches `point`. Resolves `true` once a
   * flush is paused there, or `false` when none got there within `timeoutMs`.
   */
  holdNext(point: FlushCheckpoint, timeoutMs: number): Promise<boolean>;
  /** How often flushes reached each checkpoint. */
  reached(): Record<FlushCheckpoint, number>;
  close(): Promise<void>;
}

interface Armed {
  point: FlushCheckpoint;
  resolve(held: boolean): void;
}

/** Starts the checkpoint server on 127.0.0.1 and a free port. */
export async function startCheckpointServer(): Promise<CheckpointServer> {
  const reached: Record<FlushCheckpoint, number> = { leased: 0, sending: 0, answered: 0 };
  let armed: Armed | undefined;

  const server = createServer((request, response) => {
    const point = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('point');
    if (!isCheckpoint(point)) return answer(response, 404, { error: 'unknown checkpoint' });
    reached[point] += 1;
    const hold = armed?.point === point;
    if (hold) {
      armed!.resolve(true);
      armed = undefined;
    }
    answer(response, 200, { hold });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/checkpoint`,
    holdNext: (point, timeoutMs) => arm(point, timeoutMs),
    reached: () => ({ ...reached }),
    close: () => {
      armed?.resolve(false);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };

  function arm(point: FlushCheckpoint, timeoutMs: number): Promise<boolean> {
    armed?.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(false), timeoutMs);
      const settle = (held: boolean) => {
        clearTimeout(timer);
        if (armed === entry) armed = undefined;
        resolve(held);
      };
      const entry: Armed = { point, resolve: settle };
      armed = entry;
    });
  }
}

function isCheckpoint(value: string | null): value is FlushCheckpoint {
  return CHECKPOINTS.includes(value as FlushCheckpoint);
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  // The worker calls from its chrome-extension:// origin and holds no loopback permission.
  response.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
  });
  response.end(JSON.stringify(body));
}
