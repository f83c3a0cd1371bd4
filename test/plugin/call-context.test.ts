// The per-call context: its signal is built lazily, yet follows StopProvider and the host's
// cancellation exactly as an eagerly built one would.
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../src/log/logger.js';
import { RpcCallContext } from '../../src/plugin/call-context.js';
import { StopSignal } from '../../src/plugin/stop-signal.js';

describe('RpcCallContext', () => {
  it('is aborted by a StopProvider during the call, whether or not the signal was asked for first', () => {
    const stop = new StopSignal();
    const early = new RpcCallContext(silentLogger, stop, 'ReadResource');
    const signal = early.signal;
    const late = new RpcCallContext(silentLogger, stop, 'ReadResource');
    stop.stop();
    assert.equal(signal.aborted, true);
    assert.equal(late.signal.aborted, true);
    assert.match(String(late.signal.reason), /StopProvider/);
  });

  it('is not born cancelled by a StopProvider before it started', () => {
    const stop = new StopSignal();
    stop.stop();
    assert.equal(new RpcCallContext(silentLogger, stop, 'PlanResourceChange').signal.aborted, false);
  });

  it('carries a cancellation by the host that came before the signal was asked for', () => {
    const context = new RpcCallContext(silentLogger, new StopSignal(), 'ApplyResourceChange');
    context.cancel();
    assert.equal(context.signal.aborted, true);
    assert.match(String(context.signal.reason), /terraform cancelled ApplyResourceChange/);
  });

  it('ignores a cancellation reported after the answer went out', () => {
    const context = new RpcCallContext(silentLogger, new StopSignal(), 'ReadResource');
    const signal = context.signal;
    context.finish();
    context.cancel();
    assert.equal(signal.aborted, false);
  });

  describe('following the grpc-js call', () => {
    /** A grpc-js server call as far as cancellation goes: the flag set, then the event. */
    class FakeCall extends EventEmitter {
      cancelled = false;
      cancel(): void {
        this.cancelled = true;
        this.emit('cancelled', 'cancelled');
      }
    }

    it('listens to the call only once the signal is asked for', () => {
      const call = new FakeCall();
      const context = new RpcCallContext(silentLogger, new StopSignal(), 'ReadResource', call);
      assert.equal(call.listenerCount('cancelled'), 0);
      const signal = context.signal;
      assert.equal(call.listenerCount('cancelled'), 1);
      call.cancel();
      assert.equal(signal.aborted, true);
      assert.match(String(signal.reason), /terraform cancelled ReadResource/);
    });

    it('carries a cancellation of the call that came before the signal was asked for', () => {
      const call = new FakeCall();
      const context = new RpcCallContext(silentLogger, new StopSignal(), 'ApplyResourceChange', call);
      call.cancel();
      assert.equal(context.signal.aborted, true);
    });

    it('carries a cancellation during the call into a signal asked for after the answer', () => {
      const call = new FakeCall();
      const context = new RpcCallContext(silentLogger, new StopSignal(), 'ApplyResourceChange', call);
      call.cancel();
      context.finish();
      assert.equal(context.signal.aborted, true);
    });

    it('ignores a cancellation of the call after the answer went out', () => {
      const call = new FakeCall();
      const context = new RpcCallContext(silentLogger, new StopSignal(), 'ReadResource', call);
      context.finish();
      call.cancel();
      assert.equal(context.signal.aborted, false);
      assert.equal(call.listenerCount('cancelled'), 0);
    });
  });
});
