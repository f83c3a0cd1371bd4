// The logging interface every layer uses. The plugin layer provides the implementation
// that writes terraform's JSON log lines to stderr; tests and the CLI may use others.
// Never pass secrets in messages or fields: the implementation redacts known secret
// field names, but the first line of defence is not to log them at all.

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line (e.g. `{ '@module': 'truenas.client' }`). */
  with(fields: LogFields): Logger;
}

/** A logger that drops everything; the default for library code given no logger. */
export const silentLogger: Logger = {
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  with: () => silentLogger,
};
