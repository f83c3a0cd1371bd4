// nvmet.host/subsys/namespace/port/host_subsys/port_subsys (25.10+): plain CRUD groups, each with
// what identifies the object a lost create made (unique columns of the middleware's tables,
// plugins/nvmet/*.py).
import * as nvmet from '../schemas/nvmet.js';
import { byFields, byName } from '../query.js';
import type { ApiContext } from './context.js';
import { CrudGroup } from './crud.js';

const byId = (row: { id: number }) => row.id;

export class NvmetGroup {
  readonly hosts: CrudGroup<nvmet.NvmetHost, nvmet.NvmetHostCreate, Partial<nvmet.NvmetHostCreate>, [options?: { force?: boolean }]>;
  readonly subsystems: CrudGroup<nvmet.NvmetSubsys, nvmet.NvmetSubsysCreate, Partial<nvmet.NvmetSubsysCreate>, [options?: { force?: boolean }]>;
  readonly namespaces: CrudGroup<nvmet.NvmetNamespace, nvmet.NvmetNamespaceCreate, Partial<nvmet.NvmetNamespaceCreate>, [options?: { remove?: boolean }]>;
  readonly ports: CrudGroup<nvmet.NvmetPort, nvmet.NvmetPortCreate, Partial<nvmet.NvmetPortCreate>, [options?: { force?: boolean }]>;
  readonly hostSubsys: CrudGroup<nvmet.NvmetHostSubsys, nvmet.NvmetHostSubsysCreate, Partial<nvmet.NvmetHostSubsysCreate>>;
  readonly portSubsys: CrudGroup<nvmet.NvmetPortSubsys, nvmet.NvmetPortSubsysCreate, Partial<nvmet.NvmetPortSubsysCreate>>;

  constructor(ctx: ApiContext) {
    this.hosts = new CrudGroup(ctx, { namespace: 'nvmet.host', schema: nvmet.nvmetHostSchema, idOf: byId, findCreated: byFields('hostnqn') });
    this.subsystems = new CrudGroup(ctx, {
      namespace: 'nvmet.subsys',
      schema: nvmet.nvmetSubsysSchema,
      idOf: byId,
      findCreated: byName,
    });
    this.namespaces = new CrudGroup(ctx, {
      namespace: 'nvmet.namespace',
      schema: nvmet.nvmetNamespaceSchema,
      idOf: byId,
      findCreated: byFields('device_path'),
      // A given NSID is checked outside the lock that picks free ones (plugins/nvmet/namespace.py:
      // 89-102 @TS-25.10.6): one subsystem's namespaces are added one at a time.
      serialisedBy: (i) => `nvmet.namespace:${i.subsys_id}`,
    });
    this.ports = new CrudGroup(ctx, {
      namespace: 'nvmet.port',
      schema: nvmet.nvmetPortSchema,
      idOf: byId,
      matchCreated: (i, row) => row.addr_trtype === i.addr_trtype && row.addr_traddr === i.addr_traddr && Number(row.addr_trsvcid) === (i.addr_trsvcid ?? 4420),
      // The index is the lowest free one, read without a lock; the second of two concurrent
      // creates fails on its unique index (plugins/nvmet/port.py:29,62-75,427-433 @TS-25.10.6).
      serialisedBy: () => 'nvmet.port',
    });
    this.hostSubsys = new CrudGroup(ctx, {
      namespace: 'nvmet.host_subsys',
      schema: nvmet.nvmetHostSubsysSchema,
      idOf: byId,
      matchCreated: (i, row) => row.host.id === i.host_id && row.subsys.id === i.subsys_id,
    });
    this.portSubsys = new CrudGroup(ctx, {
      namespace: 'nvmet.port_subsys',
      schema: nvmet.nvmetPortSubsysSchema,
      idOf: byId,
      matchCreated: (i, row) => row.port.id === i.port_id && row.subsys.id === i.subsys_id,
    });
  }
}
