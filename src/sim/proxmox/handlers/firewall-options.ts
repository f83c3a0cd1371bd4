// Firewall options of the datacenter, a node and a guest (pve-firewall API2/Firewall/Cluster.pm,
// Host.pm, VM.pm `get_options`/`set_options`): only the options set are listed, with the digest;
// `delete` removes options (an unknown one is a 400); the datacenter's `enable` above 1 is
// stored as the current time (the firewall daemon's "enable now" marker); an empty
// nf_conntrack_helpers reads back absent.
import type { Handler, RequestContext, Routes } from '../engine.js';
import { objectWithDigest } from '../firewall-state.js';
import { paramError } from '../pve-error.js';
import { assertDigest, FW_BASE, fwConfigFor, type FwPlace } from './firewall-scope.js';

/** Parameters of a PUT that are no options. */
const NOT_OPTIONS = new Set(['node', 'vmid', 'digest', 'delete']);

function view(options: Record<string, string>): Record<string, string | number> {
  const { object } = objectWithDigest(options);
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, k !== 'digest' && /^\d+$/.test(v) ? Number(v) : v]));
}

/** The option names the PUT schema declares for this place. */
function optionNames(ctx: RequestContext, place: FwPlace): Set<string> {
  const path = FW_BASE[place].replace('{node}', ctx.params.node ?? 'x').replace('{vmid}', ctx.params.vmid ?? '100');
  const lookup = ctx.engine.schema.lookup('PUT', `${path}/options`);
  const properties = 'method' in lookup && lookup.method ? Object.keys(lookup.method.parameters.properties ?? {}) : [];
  return new Set(properties.filter((name) => !NOT_OPTIONS.has(name)));
}

function optionRoutes(place: FwPlace): Routes {
  const path = `${FW_BASE[place]}/options`;
  const get: Handler = (ctx) => view(fwConfigFor(ctx, place).options);
  const set: Handler = (ctx) => {
    const config = fwConfigFor(ctx, place);
    assertDigest(objectWithDigest(config.options).digest, ctx.params.digest);
    const known = optionNames(ctx, place);
    const removed = (ctx.params.delete ?? '').split(/[,;\s]+/).filter((n) => n !== '');
    // An unknown one refuses the whole call before the file is saved: nothing is deleted.
    for (const name of removed) if (!known.has(name)) throw paramError({ delete: `no such option '${name}'` });
    for (const name of removed) delete config.options[name];
    for (const [name, value] of Object.entries(ctx.params)) {
      if (!known.has(name)) continue;
      // Stored as given, but "nf_conntrack_helpers: " does not re-parse (`parse_hostfw_option`
      // needs a helper) and the reader drops the line with a warning.
      if (name === 'nf_conntrack_helpers' && value === '') {
        delete config.options[name];
        continue;
      }
      config.options[name] = place === 'cluster' && name === 'enable' && Number(value) > 1 ? String(Math.floor(Date.now() / 1000)) : value;
    }
    return null;
  };
  return { [`GET ${path}`]: get, [`PUT ${path}`]: set };
}

export const firewallOptionRoutes: Routes = { ...optionRoutes('cluster'), ...optionRoutes('host'), ...optionRoutes('qemu'), ...optionRoutes('lxc') };
