// undici (the HTTP client, ~0.7 MB of JavaScript) is loaded by the first request, not with the
// client: terraform starts the provider several times per command, and most starts (schema,
// validation, plans without a refresh) never call the API.
type Undici = typeof import('undici');

let undici: Promise<Undici> | undefined;

/** undici, loaded once, the first time a request needs it. */
export function loadUndici(): Promise<Undici> {
  // From the ES module bundle (the CLI) a dynamic import of this CommonJS package yields only
  // `default`; from the CommonJS provider bundle it yields the named exports too.
  undici ??= import('undici').then((module: Undici & { default?: Undici }) => module.default ?? module);
  return undici;
}
