// A node:test reporter that repeats every failed test once more at the very end of the run. The
// TAP stream names a failure where it happens, hundreds of lines before the end, and CI keeps only
// the tail of the output: without this a failure there cannot be traced to its test, nor a failed
// terraform command to the diagnostic that made it fail (its output is in the TAP, far above).
// Plain JavaScript: node loads reporters before `--import tsx` takes effect.

const MAX_LINE = 200;
/** Terraform diagnostics quoted per failure: the first few say why; the rest is in the TAP above. */
const MAX_DIAGNOSTICS = 3;

/** @param {string} line */
function clip(line) {
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
}

/** @param {string} text */
function firstLine(text) {
  return clip(text.split('\n').find((part) => part.trim() !== '') ?? '');
}

/** The lines terraform puts between a diagnostic's summary and its detail: where, and the source. */
const SOURCE_CONTEXT = /^(with |on |\d+:|[│├└])/;

/**
 * Terraform's error diagnostics in a failed command's output ("│ Error: summary", a blank line,
 * the detail), each as "summary: first line of the detail".
 * @param {string} text
 */
function terraformErrors(text) {
  const lines = text.split('\n').map((line) => line.replace(/^[│╷╵]\s?/, '').trim());
  const found = [];
  for (let i = 0; i < lines.length && found.length < MAX_DIAGNOSTICS; i++) {
    if (!lines[i].startsWith('Error: ')) continue;
    const detail = lines.slice(i + 1).find((line) => line !== '' && !SOURCE_CONTEXT.test(line));
    found.push(clip(detail && !detail.startsWith('Error: ') ? `${lines[i]}: ${detail}` : lines[i]));
  }
  return found;
}

/**
 * A test file as the checkout names it: `make test` runs the compiled copies in .tmp/test-js
 * (scripts/build-tests.mjs).
 * @param {string} file
 */
function sourceOf(file) {
  const relative = file.replace(`${process.cwd()}/`, '');
  return relative.startsWith('.tmp/test-js/') ? relative.slice('.tmp/test-js/'.length).replace(/\.js$/, '.ts') : relative;
}

/** @param {{ message?: string, cause?: unknown } | undefined} error */
function describeError(error) {
  const cause = error?.cause;
  const text = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : (error?.message ?? '');
  return [firstLine(text), ...terraformErrors(text).map((diagnostic) => `#   ${diagnostic}`)].join('\n');
}

/** @param {AsyncIterable<{ type: string, data: { name?: string, file?: string, details?: { error?: { failureType?: string, message?: string, cause?: unknown } } } }>} source */
export default async function* failureSummary(source) {
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const error = event.data.details?.error;
    // A suite or test whose own subtests failed is listed through them.
    if (error?.failureType === 'subtestsFailed') continue;
    const where = event.data.file ? `${sourceOf(event.data.file)}: ` : '';
    failures.push(`# failed: ${where}${event.data.name ?? '?'}: ${describeError(error)}`);
  }
  if (failures.length > 0) yield `\n# ${failures.length} failed test(s):\n${failures.join('\n')}\n`;
}
