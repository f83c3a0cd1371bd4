// A Logger that writes the JSON lines terraform's plugin client (go-plugin, hclog) parses
// from a provider's stderr: {"@level","@message","@module","@timestamp", ...fields}.
// terraform shows them only under TF_LOG / TF_LOG_PROVIDER, so with neither set we write
// nothing at all. Fields whose names look secret are redacted before anything is written.
import { silentLogger, type LogFields, type Logger, type LogLevel } from './logger.js';
import { redactFields } from './redact.js';

export type LogThreshold = LogLevel | 'off';

const levelRank: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };
const levelNames: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error'];

/**
 * The level terraform asks providers to log at: TF_LOG_PROVIDER, else TF_LOG.
 * Unset or empty (or OFF) means off. JSON, and any value terraform does not know, mean
 * trace, as terraform itself treats them.
 */
export function logThresholdFromEnv(env: NodeJS.ProcessEnv = process.env): LogThreshold {
  const setting = (env.TF_LOG_PROVIDER || env.TF_LOG || '').trim().toLowerCase();
  if (setting === '' || setting === 'off') return 'off';
  return levelNames.find((name) => name === setting) ?? 'trace';
}

/**
 * hclog's timestamp layout is Go's 2006-01-02T15:04:05.000000Z07:00: six fractional
 * digits. A line whose timestamp fails to parse is demoted to debug text, so pad the
 * milliseconds that Date offers to microseconds.
 */
export function hclogTimestamp(date: Date): string {
  return date.toISOString().replace(/Z$/, '000Z');
}

export interface HclogLoggerOptions {
  /** The `@module` of every line, e.g. `provider.truenas`; a `@module` field overrides it. */
  module: string;
  /** Defaults to what TF_LOG_PROVIDER / TF_LOG ask for. */
  threshold?: LogThreshold;
  /** Receives each line including its newline; defaults to stderr. */
  write?: (line: string) => void;
  now?: () => Date;
}

interface LineSink {
  minimumRank: number;
  write: (line: string) => void;
  now: () => Date;
}

function writeStderr(line: string): void {
  process.stderr.write(line);
}

class HclogLogger implements Logger {
  constructor(
    private readonly sink: LineSink,
    private readonly fields: LogFields,
  ) {}

  trace(message: string, fields?: LogFields): void {
    this.log('trace', message, fields);
  }
  debug(message: string, fields?: LogFields): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.log('error', message, fields);
  }

  with(fields: LogFields): Logger {
    return new HclogLogger(this.sink, { ...this.fields, ...fields });
  }

  private log(level: LogLevel, message: string, fields: LogFields | undefined): void {
    if (levelRank[level] < this.sink.minimumRank) return;
    const entry = {
      '@level': level,
      '@message': message,
      '@timestamp': hclogTimestamp(this.sink.now()),
      ...redactFields({ ...this.fields, ...fields }),
    };
    this.sink.write(`${JSON.stringify(entry)}\n`);
  }
}

/** The logger providers and the plugin server use; silent when logging is off. */
export function createHclogLogger(options: HclogLoggerOptions): Logger {
  const threshold = options.threshold ?? logThresholdFromEnv();
  if (threshold === 'off') return silentLogger;
  const sink: LineSink = {
    minimumRank: levelRank[threshold],
    write: options.write ?? writeStderr,
    now: options.now ?? (() => new Date()),
  };
  return new HclogLogger(sink, { '@module': options.module });
}
