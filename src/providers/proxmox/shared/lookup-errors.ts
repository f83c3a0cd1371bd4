// Data sources look objects up by what the configuration names (a node, a storage, a node to
// check on); the server's refusal of such a name becomes an error on the attribute that holds it,
// with the server's own words kept. Data source reads do not pass through the resources' error
// explainer (api-errors.ts), so each read says which of its attributes a refusal can concern.
import { ProxmoxApiError } from '../../../clients/proxmox/errors.js'; // not the index: the client loads lazily
import { AttributeError } from '../../../framework/diagnostics.js';

/** One attribute a refusal may concern: the texts that say so, or the 400 parameter that names it. */
export interface LookupRule {
  readonly attribute: string;
  readonly summary: string;
  /** A server message (or a parameter error's text) that concerns the attribute. */
  readonly message?: RegExp;
  /** The API parameter whose 400 error concerns the attribute. */
  readonly param?: string;
  /** What to do about it, after the server's words. */
  readonly advice: string;
}

/**
 * pve-manager PVE/HTTPServer.pm → pve-cluster PVE/Cluster.pm `remote_node_ip` for a node the
 * cluster does not know ("hostname lookup 'X' failed", "no such node"), which every
 * `/nodes/{node}/…` call answers.
 */
export const UNKNOWN_NODE: LookupRule = {
  attribute: 'node',
  summary: 'Unknown node',
  message: /no such node '[^']+'|hostname lookup '[^']+' failed|unable to get remote IP address for node/,
  advice: 'Use the name of a cluster node (the data source proxmox_nodes lists them).',
};

/** Runs `read`; a refusal one of `rules` recognises is thrown as an error on its attribute. */
export async function withLookupErrors<T>(rules: readonly LookupRule[], read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof ProxmoxApiError)) throw error;
    for (const rule of rules) {
      const paramText = rule.param === undefined ? undefined : error.errors[rule.param];
      const said = paramText !== undefined ? `${rule.param}: ${paramText}` : rule.message?.test(error.serverMessage) ? error.serverMessage.trim() : undefined;
      if (said !== undefined) throw new AttributeError(rule.attribute, rule.summary, `The Proxmox VE server said: ${said}\n${rule.advice}`);
    }
    throw error;
  }
}
