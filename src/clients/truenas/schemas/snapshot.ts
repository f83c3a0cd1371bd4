// Snapshots (`zfs.snapshot` / `pool.snapshot`).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { numberProperty } from './zfs-property.js';

export const snapshotSchema = lazySchema(() =>
  z
    .object({
      id: z.string(),
      name: z.string(),
      pool: z.string(),
      dataset: z.string(),
      snapshot_name: z.string(),
      createtxg: z.union([z.string(), z.number()]).transform(Number),
      properties: z.object({ used: numberProperty.optional(), referenced: numberProperty.optional() }).optional(),
      user_properties: z.record(z.string(), z.unknown()).optional(),
    })
    .transform((raw) => ({
      id: raw.id,
      name: raw.name,
      pool: raw.pool,
      dataset: raw.dataset,
      snapshotName: raw.snapshot_name,
      createtxg: raw.createtxg,
      used: raw.properties?.used?.value ?? null,
      referenced: raw.properties?.referenced?.value ?? null,
      userProperties: Object.fromEntries(
        Object.entries(raw.user_properties ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : String((v as { value?: unknown } | null)?.value ?? '')]),
      ),
    })),
);

export type Snapshot = z.output<typeof snapshotSchema>;

export interface SnapshotCreate {
  dataset: string;
  name?: string;
  naming_schema?: string;
  recursive?: boolean;
  exclude?: string[];
  vmware_sync?: boolean;
  properties?: Record<string, string>;
}

export interface SnapshotClone {
  snapshot: string;
  dataset_dst: string;
  dataset_properties?: Record<string, unknown>;
}

export interface SnapshotRollbackOptions {
  recursive?: boolean;
  recursive_clones?: boolean;
  force?: boolean;
  recursive_rollback?: boolean;
}
