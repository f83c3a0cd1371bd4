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

    // Whether the signal ends up aborted when the call is cancelled, the answer goes out and
    // the signal is asked for in this order.
    const orders = [
      { steps: ['cancel', 'signal'], aborted: true },
      { steps: ['cancel', 'finish', 'signal'], aborted: true },
      { steps: ['finish', 'cancel', 'signal'], aborted: false },
    ] as const;
    for (const { steps, aborted } of orders) {
      it(`${aborted ? 'is' : 'is not'} aborted after ${steps.join(', ')}`, () => {
        const call = new FakeCall();
        const context = new RpcCallContext(silentLogger, new StopSignal(), 'ApplyResourceChange', call);
        let signal: AbortSignal | undefined;
        for (const step of steps) {
          if (step === 'cancel') call.cancel();
          else if (step === 'finish') context.finish();
          else signal = context.signal;
        }
        assert.equal(signal?.aborted, aborted);
        assert.equal(call.listenerCount('cancelled'), 0);
      });
    }
  });
});
