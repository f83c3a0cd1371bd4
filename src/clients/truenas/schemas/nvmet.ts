// NVMe over Fabrics target objects (25.10+): hosts, subsystems, namespaces, ports and the
// host-to-subsystem and port-to-subsystem links (api/v25_10_5/nvmet_*.py@TS-25.10.6).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

export const nvmetHostSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    hostnqn: z.string(),
    dhchap_key: z.string().nullable().optional(),
    dhchap_ctrl_key: z.string().nullable().optional(),
    dhchap_dhgroup: z.string().nullable().optional(),
    dhchap_hash: z.string().optional(),
    /** 26.0 and later (api/v26_0_0/nvmet_host.py:30 @TS-26.0.0-BETA.3). */
    description: z.string().optional(),
  }),
);
export type NvmetHost = z.output<typeof nvmetHostSchema>;
export interface NvmetHostCreate {
  hostnqn: string;
  dhchap_key?: string | null;
  dhchap_ctrl_key?: string | null;
  dhchap_dhgroup?: string | null;
  dhchap_hash?: string;
  /** 26.0 and later. */
  description?: string;
}

export const nvmetSubsysSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    subnqn: z.string().nullable().optional(),
    serial: z.string(),
    allow_any_host: z.boolean().optional(),
    pi_enable: z.boolean().nullable().optional(),
    qid_max: z.number().nullable().optional(),
    ieee_oui: z.string().nullable().optional(),
    ana: z.boolean().nullable().optional(),
  }),
);
export type NvmetSubsys = z.output<typeof nvmetSubsysSchema>;
export interface NvmetSubsysCreate {
  name: string;
  subnqn?: string | null;
  allow_any_host?: boolean;
  pi_enable?: boolean | null;
  qid_max?: number | null;
  ieee_oui?: string | null;
  ana?: boolean | null;
}

export const nvmetNamespaceSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    nsid: z.number().nullable().optional(),
    subsys: z.object({ id: z.number(), name: z.string().optional() }),
    device_type: z.enum(['ZVOL', 'FILE']),
    device_path: z.string(),
    filesize: z.number().nullable().optional(),
    device_uuid: z.string(),
    device_nguid: z.string(),
    enabled: z.boolean().optional(),
  }),
);
export type NvmetNamespace = z.output<typeof nvmetNamespaceSchema>;
export interface NvmetNamespaceCreate {
  subsys_id: number;
  device_type: 'ZVOL' | 'FILE';
  device_path: string;
  filesize?: number | null;
  nsid?: number | null;
  enabled?: boolean;
}

export const nvmetPortSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    index: z.number(),
    addr_trtype: z.string(),
    addr_traddr: z.string(),
    addr_trsvcid: z.union([z.number(), z.string()]).nullable(),
    addr_adrfam: z.string(),
    inline_data_size: z.number().nullable().optional(),
    max_queue_size: z.number().nullable().optional(),
    pi_enable: z.boolean().nullable().optional(),
    enabled: z.boolean().optional(),
  }),
);
export type NvmetPort = z.output<typeof nvmetPortSchema>;
export interface NvmetPortCreate {
  addr_trtype: 'TCP' | 'RDMA';
  addr_traddr: string;
  addr_trsvcid?: number;
  inline_data_size?: number | null;
  max_queue_size?: number | null;
  pi_enable?: boolean | null;
  enabled?: boolean;
}

export const nvmetHostSubsysSchema = lazySchema(() => z.object({ id: z.number(), host: z.object({ id: z.number() }), subsys: z.object({ id: z.number() }) }));
export type NvmetHostSubsys = z.output<typeof nvmetHostSubsysSchema>;
export interface NvmetHostSubsysCreate {
  host_id: number;
  subsys_id: number;
}

export const nvmetPortSubsysSchema = lazySchema(() => z.object({ id: z.number(), port: z.object({ id: z.number() }), subsys: z.object({ id: z.number() }) }));
export type NvmetPortSubsys = z.output<typeof nvmetPortSubsysSchema>;
export interface NvmetPortSubsysCreate {
  port_id: number;
  subsys_id: number;
}
