/** Levels in increasing verbosity; the logger prints a message when its level is enabled. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

const ORDER: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** Quiet by default: errors and warnings only, until `setLogLevel('debug')`. */
let currentLevel: LogLevel = 'warn';

/** Sets how verbose every logger is (default `warn`). */
export function setLogLevel(level: LogLevel): void {
  currentLevel = level;
}

/** A prefixed logger. Never pass it personal data or the credential. */
export function createLogger(prefix: string) {
  const emit = (level: LogLevel, args: unknown[]) => {
    if (ORDER[level] > ORDER[currentLevel]) return;
    const method = level === 'debug' ? 'debug' : level;
    console[method](`[${prefix}]`, ...args);
  };

  return {
    error: (...args: unknown[]) => emit('error', args),
    warn: (...args: unknown[]) => emit('warn', args),
    info: (...args: unknown[]) => emit('info', args),
    debug: (...args: unknown[]) => emit('debug', args),
  };
}
export type Logger = ReturnType<typeof createLogger>;
