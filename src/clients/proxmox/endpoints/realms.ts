// Authentication realms (`/access/domains`: LDAP, Active Directory, OpenID Connect) and their
// scheduled user/group syncs (`/cluster/jobs/realm-sync`).
import type { EndpointContext } from './context.js';
import { ConfigSections, type SectionObject } from './config-sections.js';
import type { Params } from '../http.js';

export type RealmConfig = SectionObject;

export class RealmsApi {
  private readonly realms: ConfigSections;
  private readonly syncJobs: ConfigSections;

  constructor(ctx: EndpointContext) {
    this.realms = new ConfigSections(ctx, '/access/domains');
    this.syncJobs = new ConfigSections(ctx, '/cluster/jobs/realm-sync');
  }

  /** Every realm (realm, type, comment, default, tfa), pam and pve included. */
  list(): Promise<RealmConfig[]> {
    return this.realms.list();
  }

  /** A realm's configuration (never the bind password), undefined when it does not exist. */
  find(realm: string): Promise<RealmConfig | undefined> {
    return this.realms.find(realm);
  }

  create(params: Params): Promise<void> {
    return this.realms.create(params);
  }

  update(realm: string, params: Params, remove: readonly string[] = []): Promise<void> {
    return this.realms.update(realm, params, remove);
  }

  delete(realm: string): Promise<void> {
    return this.realms.remove(realm);
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
