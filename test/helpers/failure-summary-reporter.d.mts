/** One event of node:test's reporter stream, as far as the summary reads it. */
export interface ReporterEvent {
  type: string;
  data: { name?: string; file?: string; details?: { error?: { failureType?: string; message?: string; cause?: unknown } } };
}

/** Passes nothing through while the run goes on; at its end, one line per failed test (none when all passed). */
export default function failureSummary(source: AsyncIterable<ReporterEvent>): AsyncGenerator<string>;
