// Authentication realms (`/access/domains`: LDAP, Active Directory, OpenID Connect) and their
// scheduled user/group syncs (`/cluster/jobs/realm-sync`).
import type { EndpointContext } from './context.js';
import { ConfigSections, type SectionObject } from './config-sections.js';
import type { Params } from '../http.js';

export type RealmConfig = SectionObject;

/** Realms themselves through the inherited calls (list, find, create, update, remove); sync jobs below. */
export class RealmsApi extends ConfigSections {
  private readonly syncJobs: ConfigSections;

  constructor(ctx: EndpointContext) {
    super(ctx, '/access/domains');
    this.syncJobs = new ConfigSections(ctx, '/cluster/jobs/realm-sync');
  }

  listSyncJobs(): Promise<RealmConfig[]> {
    return this.syncJobs.list();
  }

  findSyncJob(id: string): Promise<RealmConfig | undefined> {
    return this.syncJobs.find(id);
  }

  createSyncJob(id: string, params: Params): Promise<void> {
    return this.syncJobs.create(params, id);
  }

  updateSyncJob(id: string, params: Params, remove: readonly string[] = []): Promise<void> {
    return this.syncJobs.update(id, params, remove);
  }

  deleteSyncJob(id: string): Promise<void> {
    return this.syncJobs.remove(id);
  }
}
