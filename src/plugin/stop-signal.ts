// The process-wide cancellation that StopProvider triggers (terraform sends it on Ctrl-C).
// Every call's signal follows the current controller; once stopped, a fresh controller
// takes its place so that calls terraform makes afterwards are not born cancelled (the Go
// SDKs behave the same way).
export class StopSignal {
  private controller = new AbortController();

  /** Aborted at the next stop(); read it when a call starts. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Aborts every signal handed out so far. */
  stop(): void {
    const stopped = this.controller;
    this.controller = new AbortController();
    stopped.abort(new Error('terraform asked the provider to stop (StopProvider)'));
  }
}
