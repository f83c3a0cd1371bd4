// A node:test reporter that repeats every failed test once more at the very end of the run. The
// TAP stream names a failure where it happens, hundreds of lines before the end, and CI keeps only
// the tail of the output: without this a failure there cannot be traced to its test.
// Plain JavaScript: node loads reporters before `--import tsx` takes effect.

/** @param {string} text */
function firstLine(text) {
  const line = text.split('\n').find((part) => part.trim() !== '') ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** @param {{ message?: string, cause?: unknown } | undefined} error */
function describeError(error) {
  const cause = error?.cause;
  if (cause instanceof Error) return firstLine(cause.message);
  return firstLine(typeof cause === 'string' ? cause : (error?.message ?? ''));
}

/** @param {AsyncIterable<{ type: string, data: { name?: string, file?: string, details?: { error?: { failureType?: string, message?: string, cause?: unknown } } } }>} source */
export default async function* failureSummary(source) {
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const error = event.data.details?.error;
    // A suite or test whose own subtests failed is listed through them.
    if (error?.failureType === 'subtestsFailed') continue;
    const where = event.data.file ? `${event.data.file.replace(`${process.cwd()}/`, '')}: ` : '';
    failures.push(`# failed: ${where}${event.data.name ?? '?'}: ${describeError(error)}`);
  }
  if (failures.length > 0) yield `\n# ${failures.length} failed test(s):\n${failures.join('\n')}\n`;
}
