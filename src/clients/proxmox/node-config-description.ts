// How a node's description (`PUT /nodes/{node}/config` `description`) comes back from `GET`;
// shared by the provider's read and the simulator.

/**
 * The description as the node reads it back: `write_node_config` stores each line as a `#`
 * comment (spaces as they are, control characters percent-encoded) (trailing empty lines
 * dropped), and `parse_config` trims each line's end, so its trailing spaces, and ends every line
 * with a newline (pve-manager PVE/NodeConfig.pm @5829c814, pve-common JSONSchema.pm
 * `parse_config` @404a1096), also returning '' when there is none.
 */
export function descriptionAsRead(written: string): string {
  const lines = written.split('\n');
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => `${line.replace(/ +$/, '')}\n`).join('');
}
