// Reading datasets and zvols for resources and data sources: gone is undefined, and a name
// that holds the other kind of dataset reads as absent rather than as the wrong thing.
import type { Dataset, TrueNASClient } from '../../../clients/truenas/index.js';

export async function findDataset(client: TrueNASClient, name: string, type: Dataset['type']): Promise<Dataset | undefined> {
  const found = await client.datasets.find(name);
  return found?.type === type ? found : undefined;
}

/** `tank/vm/disk0` → `zvol/tank/vm/disk0`, how iSCSI disk extents name the zvol they export. */
export function zvolDisk(name: string): string {
  return `zvol/${name}`;
}

/** Dataset names as the API takes them: `pool/child`, no leading or trailing slash. */
export const DATASET_NAME = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9_.:\- ]*(\/[A-Za-z0-9_.:\- ]*[A-Za-z0-9_.:-])+$/,
  explanation: 'a full dataset name such as "tank/data" (pool, then child names separated by /)',
};
