import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_EVENTS_PER_REQUEST, MAX_REQUEST_BYTES } from '../lib/contract/limits';
import { createLogger } from '../lib/logger';
import { receiverStats, type ReceiverStats } from './admin-routes';
import { openEventStore, type EventStore } from './event-store';
import { createFaultInjector } from './fault-injector';
import { parseFaultConfig, type FaultConfig } from './faults';
import { createRequestListener, type RouteContext, type TrackInterceptor } from './routes';
import type { EventRefusal } from './track-route';

/** How a receiver is set up. */
export interface ReceiverOptions {
  /** The credential clients must present. Required, never empty. */
  token: string;
  /** TCP port; default 0, any free port. */
  port?: number;
  /** Loopback address to listen on; default `127.0.0.1`. Other hosts are refused. */
  host?: string;
  /** SQLite file; default `':memory:'`, gone when the receiver closes. */
  dbPath?: string;
  /** Events per request; default the contract's 1,000. */
  maxEvents?: number;
  /** Bytes of body per request; default the contract's 2,000,000. */
  maxBytes?: number;
  /** Hook around `POST /api/track`, inside the faults; default none. */
  interceptTrack?: TrackInterceptor;
  /** Faults injected into `POST /api/track` from the start; default none. */
  faults?: FaultConfig;
  /**
   * Refuses valid events as the real API may (400, the request stored nothing); default
   * none. The fault suite uses it to make one event bad for the receiver only.
   */
  refuseEvent?: EventRefusal;
}

/** Where a started receiver listens. */
export interface ReceiverAddress {
  port: number;
  /** e.g. `http://127.0.0.1:43123`, without a trailing slash. */
  url: string;
}

/** A local Track API receiver: a real HTTP server over an event store. */
export interface Receiver {
  start(): Promise<ReceiverAddress>;
  /** Stops listening, ends open connections and closes the store; safe to call twice. */
  close(): Promise<void>;
  readonly store: EventStore;
  /** Replaces the faults at run time; `null` turns them off. Throws `FaultConfigError`. */
  setFaults(config: FaultConfig | null): void;
  /** Resets every track request for `seconds` (an unreachable endpoint); `RangeError` if bad. */
  goOffline(seconds: number): void;
  /** Ends an offline window early. */
  goOnline(): void;
  /** Stored events, arrivals, duplicates and the faults injected so far. */
  stats(): ReceiverStats;
}

/** Raised for options a receiver cannot start with; the message names the option. */
export class ReceiverOptionsError extends Error {
  override name = 'ReceiverOptionsError';
}

// It holds captured personal data and speaks plain HTTP, so it never leaves this machine.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** Creates a receiver; nothing listens until `start()`. */
export function createReceiver(options: ReceiverOptions): Receiver {
  const settings = resolveOptions(options);
  const store = openEventStore(settings.dbPath);
  const log = createLogger('receiver');
  const faults = createFaultInjector({
    faults: settings.faults,
    documentation: () => context.documentation,
    log,
  });
  const context: RouteContext = { ...settings, store, log, faults, documentation: '' };
  const server = createServer(createRequestListener(() => context));
  let closed = false;

  return {
    store,
    setFaults: faults.setFaults,
    goOffline: faults.goOffline,
    goOnline: faults.goOnline,
    stats: () => receiverStats(store, faults),
    start: async () => {
      const address = await listen(server, settings.port, settings.host);
      context.documentation = `${address.url}/`;
      log.debug(`listening on ${address.url}`);
      return address;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      faults.close();
      await stopServer(server);
      store.close();
    },
  };
}

type OptionalHooks = 'interceptTrack' | 'faults' | 'refuseEvent';
type Settings = Required<Omit<ReceiverOptions, OptionalHooks>> &
  Pick<ReceiverOptions, OptionalHooks>;

/** Fills defaults and rejects options the receiver cannot honour. */
export function resolveOptions(options: ReceiverOptions): Settings {
  const settings: Settings = {
    port: 0,
    host: '127.0.0.1',
    dbPath: ':memory:',
    maxEvents: MAX_EVENTS_PER_REQUEST,
    maxBytes: MAX_REQUEST_BYTES,
    ...withoutUndefined(options),
    token: options.token,
  };
  if (typeof settings.token !== 'string' || settings.token === '') {
    throw new ReceiverOptionsError('token: expected a non-empty string');
  }
  if (!LOOPBACK_HOSTS.has(settings.host)) {
    throw new ReceiverOptionsError(`host: expected a loopback address, got ${settings.host}`);
  }
  requireInteger('port', settings.port, 0, 65_535);
  requireInteger('maxEvents', settings.maxEvents, 1, Number.MAX_SAFE_INTEGER);
  requireInteger('maxBytes', settings.maxBytes, 1, Number.MAX_SAFE_INTEGER);
  if (settings.faults !== undefined) settings.faults = requireValidFaults(settings.faults);

  return settings;
}

function requireInteger(name: string, value: number, min: number, max: number): void {
  if (Number.isInteger(value) && value >= min && value <= max) return;
  throw new ReceiverOptionsError(
    `${name}: expected an integer from ${min} to ${max}, got ${value}`,
  );
}

function requireValidFaults(faults: FaultConfig): FaultConfig {
  const result = parseFaultConfig(faults);
  if (!result.ok) throw new ReceiverOptionsError(`faults: ${result.message}`);

  return result.config;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}

function listen(server: Server, port: number, host: string): Promise<ReceiverAddress> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({ port: actual, url: `http://${shownHost}:${actual}` });
    });
  });
}

function stopServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();

  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // fetch keeps connections alive; without this, close() would wait for them to idle out.
    server.closeAllConnections();
  });
}
