// Plan-time checks that the server's release has what the configuration uses: whole resources
// (NVMe-oF is 25.10+) and single attributes that exist only in some releases (26.0's SMB
// `minimum_protocol`, 25.04–25.10's `enable_smb1`). The provider asks the server its version
// once per client; a plan against an older release fails naming the release and the attribute.
import type { PlanContext } from '../../../framework/resource.js';
import type { TrueNASProviderData } from '../provider-data.js';

/** The releases an attribute exists in: `since` inclusive, `until` exclusive. */
export interface ReleaseRange {
  readonly since?: string;
  readonly until?: string;
}

export function describeRange(range: ReleaseRange): string {
  if (range.since && range.until) return `TrueNAS ${range.since} up to (not including) ${range.until}`;
  if (range.since) return `TrueNAS ${range.since} and later`;
  return range.until ? `TrueNAS releases before ${range.until}` : 'every TrueNAS release';
}

/** Whether `version` (`25.10.1`, `TrueNAS-SCALE-25.04.2`) lies in `range`. */
export function inRange(version: string, range: ReleaseRange): boolean {
  const parts = (v: string) =>
    v
      .replace(/^TrueNAS-(SCALE-)?/, '')
      .split(/[.-]/)
      .map((p) => Number.parseInt(p, 10))
      .map((n) => (Number.isNaN(n) ? 0 : n));
  const compare = (a: string, b: string) => {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < y.length; i++) if ((x[i] ?? 0) !== y[i]) return (x[i] ?? 0) - y[i]!;
    return 0;
  };
  return (!range.since || compare(version, range.since) >= 0) && (!range.until || compare(version, range.until) < 0);
}

/**
 * Fails the plan when the server is older than `minimum` (`what`: the feature, named in the
 * error; `path`: the attribute the error points at). Unknown provider configuration: no check.
 */
export async function requireRelease<K extends string>(ctx: PlanContext<TrueNASProviderData, K>, minimum: string, what: string, path: K): Promise<void> {
  const client = ctx.provider?.client;
  if (!client) return;
  const version = await client.serverVersion();
  if (inRange(version, { since: minimum })) return;
  ctx.error(
    path,
    `${what} needs TrueNAS ${minimum} or later`,
    `This server runs TrueNAS ${version}, which does not have ${what}. Upgrade it to ${minimum} or later, or remove this resource.`,
  );
}

/** Fails the plan for each configured attribute the server's release does not have. */
export async function checkAttributeReleases<K extends string>(
  ctx: PlanContext<TrueNASProviderData, K>,
  ranges: Readonly<Partial<Record<K, ReleaseRange>>>,
): Promise<void> {
  const client = ctx.provider?.client;
  const configured = (Object.keys(ranges) as K[]).filter((name) => !ctx.config.isNull(name));
  if (!client || configured.length === 0) return;
  const version = await client.serverVersion();
  for (const name of configured) {
    const range = ranges[name]!;
    if (!inRange(version, range))
      ctx.error(
        name,
        `${name} is not in TrueNAS ${version}`,
        `${name} exists in ${describeRange(range)}; this server runs ${version}. Remove it from the configuration.`,
      );
  }
}

/**
 * Fails the plan when the configuration turns on `name` (true, or any value of a non-boolean)
 * and the server is not TrueNAS Enterprise: `system.is_enterprise` is `system.product_type ==
 * ENTERPRISE` in every release (plugins/system/product.py:61-62 @TS-25.04.2.6, :69-72 @TS-25.10.6).
 * `serverText` is what the server answers, quoted in the error.
 */
export async function refuseOutsideEnterprise<K extends string>(
  ctx: PlanContext<TrueNASProviderData, K>,
  name: K,
  feature: string,
  serverText: string,
): Promise<void> {
  const client = ctx.provider?.client;
  if (!client || !ctx.config.isKnown(name) || ctx.config.isNull(name)) return;
  const value = ctx.config.get(name);
  if (value === false) return;
  const product = await client.system.productType();
  if (product === 'ENTERPRISE') return;
  const remedy = typeof value === 'boolean' ? `Remove ${name} or set it to false.` : `Remove ${name}.`;
  ctx.error(name, `${feature} needs TrueNAS Enterprise`, `This system is ${product}; TrueNAS refuses ${name} there ("${serverText}"). ${remedy}`);
}
