// Settings only root@pam may change (container features, a VM's KVM arguments). pve-container's check_ct_modify_config_perm
// (src/PVE/LXC.pm) returns early only for the authenticated user root@pam and otherwise refuses
// "changing feature flags (except nesting) is only allowed for root@pam", and any feature change
// on a privileged container. With an API token the authenticated id is the token
// (`root@pam!tf`, pve-manager PVE/HTTPServer.pm), never root@pam, so these need a ticket login.
import { ProxmoxApiError, type ProxmoxIdentity } from '../../../clients/proxmox/index.js';
import type { PlanContext } from '../../../framework/resource.js';
import { valuesEqual } from '../../../values/compare.js';
import type { Value } from '../../../values/types.js';

/** Feature attributes other than nesting. */
const ROOT_ONLY_FEATURES = ['keyctl', 'fuse', 'mknod', 'mount_types'] as const;

function isRootLogin(identity: ProxmoxIdentity): boolean {
  return identity.kind === 'ticket' && identity.userid === 'root@pam';
}

function who(identity: ProxmoxIdentity): string {
  if (identity.kind === 'token') return `the API token ${identity.tokenId}`;
  if (identity.kind === 'ticket') return identity.userid;
  return 'this login';
}

/** A feature is asked for when it is set to something other than off/empty and differs from the prior value. */
function changed(configured: Value, prior: Value): boolean {
  if (configured === null || configured === false || (Array.isArray(configured) && configured.length === 0))
    return prior !== null && prior !== false && !(Array.isArray(prior) && prior.length === 0);
  return prior === null || !valuesEqual(configured, prior, 'dynamic');
}

type IdentityPlan = PlanContext<{ client: { identity: ProxmoxIdentity } }>;

const FIX = 'Log in as root@pam with a ticket instead: set PROXMOX_VE_USERNAME=root@pam and PROXMOX_VE_PASSWORD (username/password in the provider block).';

/**
 * Plan-time errors for changes of `names` under any login but a root@pam ticket; `what` says
 * what Proxmox reserves for root@pam, such as "the KVM arguments (args)".
 */
export function refuseUnlessRootLogin(ctx: IdentityPlan, names: readonly string[], what: string): void {
  if (ctx.provider === undefined) return;
  const { identity } = ctx.provider.client;
  if (isRootLogin(identity)) return;
  for (const name of names) {
    if (!changed(ctx.config.get(name), ctx.creating ? null : ctx.prior.get(name))) continue;
    ctx.error(
      name,
      'Needs a root@pam login',
      `Proxmox lets only root@pam change ${what}, and ${who(identity)} is not root@pam (an API token never is, even root@pam's). ${FIX}`,
    );
  }
}

/** Plan-time errors for root@pam-only container changes under any other login. */
export function refuseRootOnlyChanges(ctx: IdentityPlan): void {
  if (ctx.provider === undefined) return;
  const { identity } = ctx.provider.client;
  if (isRootLogin(identity)) return;
  refuseUnlessRootLogin(ctx, ROOT_ONLY_FEATURES, 'container features other than nesting');
  const privileged = ctx.config.get('unprivileged') === false;
  if (privileged && changed(ctx.config.get('nesting'), ctx.creating ? null : ctx.prior.get('nesting'))) {
    ctx.error(
      'nesting',
      'Needs a root@pam login',
      `On a privileged container (unprivileged = false) Proxmox lets only root@pam change features, and ${who(identity)} is not root@pam. ${FIX}`,
    );
  }
}

/**
 * Why this login cannot call methods that declare no permissions (root@pam's alone,
 * pve-access-control RPCEnvironment.pm check_api2_permissions), or undefined when it can.
 */
export function rootOnlyRefusal(identity: ProxmoxIdentity, what: string): string | undefined {
  if (isRootLogin(identity)) return undefined;
  return `Proxmox lets only root@pam manage ${what}, and ${who(identity)} is not root@pam (an API token never is, even root@pam's). Log in as root@pam with a ticket instead: set PROXMOX_VE_USERNAME=root@pam and PROXMOX_VE_PASSWORD (username/password in the provider block).`;
}

/**
 * A read of a root@pam-only method refused for this login (403 `user != root@pam`): the same
 * error, saying which login it needs. An import reads the object first, so without this it
 * would fail with the bare refusal; other errors pass through.
 */
export function explainRootOnlyRead(error: unknown, identity: ProxmoxIdentity, what: string): unknown {
  const refusal = rootOnlyRefusal(identity, what);
  if (refusal === undefined || !(error instanceof ProxmoxApiError) || error.status !== 403 || !error.serverMessage.includes('user != root@pam')) return error;
  return new Error(`${error.message}\n\n${refusal}`, { cause: error });
}
