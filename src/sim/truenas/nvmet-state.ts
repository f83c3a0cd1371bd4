// The simulated NVMe-oF target's tables (25.10+), as the middleware stores them
// (plugins/nvmet/{host,subsys,namespace,port,host_subsys,port_subsys}.py, services_nvmet_* tables).
// Table is only used when a SimState is built, after both modules have loaded.
import { Table } from './state.js';

export interface SimNvmetHost {
  id: number;
  hostnqn: string;
  dhchap_key: string | null;
  dhchap_ctrl_key: string | null;
  dhchap_dhgroup: string | null;
  dhchap_hash: string;
  description: string;
}
export interface SimNvmetSubsys {
  id: number;
  name: string;
  subnqn: string;
  serial: string;
  allow_any_host: boolean;
  pi_enable: boolean | null;
  qid_max: number | null;
  ieee_oui: string | null;
  ana: boolean | null;
}
export interface SimNvmetNamespace {
  id: number;
  nsid: number;
  subsys_id: number;
  device_type: 'ZVOL' | 'FILE';
  device_path: string;
  filesize: number | null;
  device_uuid: string;
  device_nguid: string;
  enabled: boolean;
}
export interface SimNvmetPort {
  id: number;
  index: number;
  addr_trtype: string;
  addr_traddr: string;
  addr_trsvcid: number;
  addr_adrfam: string;
  inline_data_size: number | null;
  max_queue_size: number | null;
  pi_enable: boolean | null;
  enabled: boolean;
}
/** A host_subsys or port_subsys row: `other` is the host or port id. */
export interface SimNvmetLink {
  id: number;
  other: number;
  subsys_id: number;
}

export class SimNvmet {
  readonly hosts = new Table<SimNvmetHost>();
  readonly subsystems = new Table<SimNvmetSubsys>();
  readonly namespaces = new Table<SimNvmetNamespace>();
  readonly ports = new Table<SimNvmetPort>();
  readonly hostSubsys = new Table<SimNvmetLink>();
  readonly portSubsys = new Table<SimNvmetLink>();
}
