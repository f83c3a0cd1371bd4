// Node network changes: written to /etc/network/interfaces.new, then made live with a reload
// (`PUT /nodes/{node}/network`). One change at a time per node (a reload applies everything
// pending, so two resources must not interleave). When the reload is refused, or the write's
// answer is lost, the pending file is dropped (`DELETE /nodes/{node}/network`); when the reload task fails (the new file is already
// in place) the change is undone by writing the old configuration back and reloading again.
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import { ProxmoxApiError, ProxmoxTaskError } from '../../../clients/proxmox/errors.js'; // not the index: the client loads lazily
import { clientQueues } from './client-queues.js';

/** Network changes, one at a time per node. */
const networkQueue = clientQueues();

/**
 * Writes a change and reloads the node's network; `undo` writes the previous configuration
 * back. The error of a failed reload is thrown after the undo was reloaded.
 */
export function applyNetworkChange(client: ProxmoxClient, node: string, write: () => Promise<void>, undo: () => Promise<void>): Promise<void> {
  return networkQueue(client).run(node, async () => {
    try {
      await write();
    } catch (err) {
      // No answer (a dropped connection, a proxy timeout) is no refusal: the write may have
      // reached interfaces.new, where no state records it and the next write of the same
      // interface is refused ("interface already exists"). Drop the pending change.
      if (!(err instanceof ProxmoxApiError)) await client.network.revert(node).catch(() => undefined);
      throw err;
    }
    try {
      await client.network.reload(node);
    } catch (err) {
      if (!(err instanceof ProxmoxTaskError)) {
        // The reload never ran: drop the pending change.
        await client.network.revert(node);
        throw err;
      }
      await undo();
      try {
        await client.network.reload(node);
      } catch (second) {
        throw new Error(`the network reload failed (${err.message}) and reloading the previous configuration failed too (${String(second)})`, {
          cause: second,
        });
      }
      throw new Error(`the network reload failed and the previous configuration was restored: ${err.message}`, { cause: err });
    }
  });
}
