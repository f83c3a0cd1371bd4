// One client connection's view of the middleware: logged in or not, and its options.

export class SimSession {
  authenticated = false;
  /** 25.10 `core.set_options({legacy_jobs: false})` makes job calls answer with their result. */
  legacyJobs = true;

  constructor(readonly address: string) {}
}
