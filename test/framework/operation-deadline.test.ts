// A resource operation's time limit: one timer (here a mocked clock), aborting the operation's
// signal with an error that names the operation and the configured limit.
import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { OperationDeadline, OperationTimeoutError } from '../../src/framework/operation-deadline.js';

describe('OperationDeadline', () => {
  it('aborts with an error naming the operation and timeouts.<op> once the limit passes, not before', () => {
    mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    try {
      const deadline = new OperationDeadline('create', { ms: 1000, text: '1s' }, new AbortController().signal);
      const signal = deadline.signal;
      mock.timers.tick(999);
      assert.equal(signal.aborted, false);
      assert.equal(deadline.expired(), undefined);
      mock.timers.tick(1);
      assert.equal(signal.aborted, true);
      assert.ok(signal.reason instanceof OperationTimeoutError);
      assert.match(String((signal.reason as Error).message), /^create not finished after 1000 ms \(timeouts\.create = "1s"\)/);
      assert.equal(deadline.expired(), signal.reason);
      deadline.dispose();
    } finally {
      mock.timers.reset();
    }
  });

  it("without a limit, the signal is the call's own (Ctrl-C), and nothing expires", () => {
    const parent = new AbortController();
    const deadline = new OperationDeadline('delete', undefined, parent.signal);
    assert.equal(deadline.signal, parent.signal);
    parent.abort(new Error('stop'));
    assert.equal(deadline.expired(), undefined);
  });
});
