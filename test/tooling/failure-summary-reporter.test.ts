// The reporter that repeats failures at the end of `make test` (CI keeps only the tail).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import failureSummary, { type ReporterEvent } from '../helpers/failure-summary-reporter.mjs';

async function summarise(events: ReporterEvent[]): Promise<string> {
  async function* stream(): AsyncGenerator<ReporterEvent> {
    yield* events;
  }
  let out = '';
  for await (const chunk of failureSummary(stream())) out += chunk;
  return out;
}

describe('failure summary reporter', () => {
  it('prints nothing when every test passed', async () => {
    assert.equal(await summarise([{ type: 'test:pass', data: { name: 'a' } }]), '');
  });

  it('names each failed test with its file and the first line of its error, not the suites above it', async () => {
    const file = `${process.cwd()}/test/e2e/x.test.ts`;
    const out = await summarise([
      { type: 'test:fail', data: { name: 'leaf', file, details: { error: { message: 'wrapper', cause: new Error('\nexpected 1\nactual 2') } } } },
      { type: 'test:fail', data: { name: 'suite', file, details: { error: { failureType: 'subtestsFailed', message: '1 subtest failed' } } } },
      { type: 'test:pass', data: { name: 'other', file } },
      { type: 'test:fail', data: { name: 'thrown', details: { error: { message: 'm', cause: 'boom' } } } },
      // make test runs the compiled copies (scripts/build-tests.mjs): named as their sources.
      { type: 'test:fail', data: { name: 'compiled', file: `${process.cwd()}/.tmp/test-js/test/e2e/y.test.js`, details: { error: { message: 'no' } } } },
    ]);
    assert.equal(
      out,
      '\n# 3 failed test(s):\n# failed: test/e2e/x.test.ts: leaf: expected 1\n# failed: thrown: boom\n# failed: test/e2e/y.test.ts: compiled: no\n',
    );
  });

  it("quotes the error diagnostics of a failed terraform command, each with its detail's first line", async () => {
    const stderr = [
      'terraform apply -auto-approve exited 1',
      '--- stdout',
      'truenas_tunable.net[3]: Creating...',
      '--- stderr',
      '╷',
      '│ Error: Creating truenas_tunable failed',
      '│ ',
      '│   with truenas_tunable.net[3],',
      '│   on main.tf line 2, in resource "truenas_tunable" "net":',
      '│    2: resource "truenas_tunable" "net" {',
      '│ ',
      '│ tunable.create: [EBUSY] queue full',
      '│ second line of the detail',
      '╵',
      '╷',
      '│ Error: Plan failed',
      '╵',
    ].join('\n');
    const out = await summarise([{ type: 'test:fail', data: { name: 'apply', details: { error: { message: 'w', cause: new Error(stderr) } } } }]);
    assert.equal(
      out,
      '\n# 1 failed test(s):\n# failed: apply: terraform apply -auto-approve exited 1\n' +
        '#   Error: Creating truenas_tunable failed: tunable.create: [EBUSY] queue full\n#   Error: Plan failed\n',
    );
  });
});
