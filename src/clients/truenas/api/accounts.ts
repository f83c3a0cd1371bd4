// `user.*`, `group.*`, `privilege.*`, `api_key.*` and the permission calls of `filesystem.*`.
import { z } from 'zod';
import * as accounts from '../schemas/accounts.js';
import * as acl from '../schemas/acl.js';
import { TrueNASConnectionError, TrueNASIncompleteCreateError } from '../errors.js';
import { byFields, byName, type Filter } from '../query.js';
import type { ApiContext } from './context.js';
import { CrudGroup } from './crud.js';

/** user.delete / group.delete options. */
export interface UserDeleteOptions {
  delete_group?: boolean;
}
export interface GroupDeleteOptions {
  delete_users?: boolean;
}

/** api_key.* : create answers the key once; it is never readable again. */
export class ApiKeyGroup extends CrudGroup<accounts.ApiKey, accounts.ApiKeyCreate, accounts.ApiKeyUpdate> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'api_key', schema: accounts.apiKeySchema, idOf: (k) => k.id, findCreated: byName });
  }

  /**
   * Creates the key; the answer carries `key` (`<id>-<secret>`), which no later read returns.
   * Not resent when the answer is lost (a second create would make a second key, or be refused
   * for the name). A key of that name that appeared meanwhile was made by the lost call, as none
   * was there before it: TrueNASIncompleteCreateError carries it, its secret gone with the answer,
   * so the provider keeps it in state, tainted, and the next apply replaces it.
   */
  async createKey(input: accounts.ApiKeyCreate): Promise<accounts.CreatedApiKey> {
    const named: Filter[] = [['name', '=', input.name]];
    const existedBefore = (await this.query(named)).length > 0;
    try {
      return await this.ctx.write('api_key.create', [withWireExpiry(input)], accounts.createdApiKeySchema, { kind: 'create' });
    } catch (err) {
      if (existedBefore || !(err instanceof TrueNASConnectionError && err.requestSent)) throw err;
      const [made] = await this.query(named);
      if (made === undefined) throw err;
      const lost = new TrueNASConnectionError(
        'api_key.create',
        `${err.message}; the key was made but its secret was lost with the answer: it is kept in state, tainted, and the next apply replaces it`,
        true,
      );
      throw new TrueNASIncompleteCreateError('api_key.create', lost, made);
    }
  }

  protected override async encodeCreate(input: accounts.ApiKeyCreate): Promise<unknown> {
    return withWireExpiry(input);
  }

  protected override async encodeUpdate(patch: accounts.ApiKeyUpdate): Promise<unknown> {
    return withWireExpiry(patch);
  }
}

/**
 * `expires_at` as the server's strict model takes it: `ApiKeyEntry.expires_at` is a `datetime`
 * and every API model is `strict=True` (middleware api/v25_10_5/api_key.py, api/base/model.py),
 * so ISO text is refused ("Input should be a valid datetime"); only the extended-JSON
 * `{"$date": ms}`, which the WebSocket endpoint's loader (truenas_api_client.json) decodes to a
 * datetime, passes.
 */
function withWireExpiry<T extends { expires_at?: string | null }>(input: T): Omit<T, 'expires_at'> & { expires_at?: { $date: number } | null } {
  const { expires_at: expiresAt, ...rest } = input;
  if (expiresAt === undefined) return rest;
  return { ...rest, expires_at: expiresAt === null ? null : { $date: Date.parse(expiresAt) } };
}

/** group.* : create and update answer only the group's id, so the row is read after them. */
export class LocalGroupGroup extends CrudGroup<accounts.Group, accounts.GroupCreate, accounts.GroupUpdate, [options?: GroupDeleteOptions]> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'group', schema: accounts.groupSchema, idOf: (g) => g.id, findCreated: (g) => [['group', '=', g.name]] });
  }

  override async create(input: accounts.GroupCreate): Promise<accounts.Group> {
    // group.create answers only the id: the lost-answer probe answers the id too.
    const before = await this.idsBefore(input);
    const { probe } = this.lostCreateProbe(input, before);
    const probeId = probe && (async () => ((await probe()) as { id?: number } | undefined)?.id);
    return this.failedCreateChecked(
      'group.create',
      input,
      async () => this.get(await this.ctx.write('group.create', [input], z.number(), { kind: 'create', ...(probeId ? { probe: probeId } : {}) })),
      before,
    );
  }

  override async update(id: number, patch: accounts.GroupUpdate): Promise<accounts.Group> {
    await this.ctx.write('group.update', [id, patch], z.number(), { kind: 'idempotent' });
    return this.get(id);
  }
}

export class AccountsGroup {
  readonly users: CrudGroup<accounts.User, accounts.UserCreate, accounts.UserUpdate, [options?: UserDeleteOptions]>;
  readonly groups: LocalGroupGroup;
  readonly privileges: CrudGroup<accounts.Privilege, accounts.PrivilegeCreate, accounts.PrivilegeUpdate>;
  readonly apiKeys: ApiKeyGroup;

  constructor(ctx: ApiContext) {
    this.users = new CrudGroup(ctx, { namespace: 'user', schema: accounts.userSchema, idOf: (u) => u.id, findCreated: byFields('username') });
    this.groups = new LocalGroupGroup(ctx);
    this.privileges = new CrudGroup(ctx, {
      namespace: 'privilege',
      schema: accounts.privilegeSchema,
      idOf: (p) => p.id,
      findCreated: byName,
    });
    this.apiKeys = new ApiKeyGroup(ctx);
  }
}

export class FilesystemGroup {
  constructor(private readonly ctx: ApiContext) {}

  /** Owner, group, mode and whether an extended ACL is present; CallError ENOENT when the path does not exist. */
  stat(path: string): Promise<accounts.PathStat> {
    return this.ctx.read('filesystem.stat', [path], accounts.pathStatSchema);
  }

  /** `filesystem.setperm` (a job): owner, group and mode, optionally recursive. */
  async setPermissions(input: accounts.SetPermissions): Promise<void> {
    await this.ctx.job('filesystem.setperm', [input]);
  }

  /** `filesystem.getacl` with names resolved: NFSv4, POSIX1E or DISABLED; CallError ENOENT when the path does not exist. */
  getAcl(path: string, simplified = true): Promise<acl.PathAcl> {
    return this.ctx.read('filesystem.getacl', [path, simplified, true], acl.pathAclSchema);
  }

  /** `filesystem.setacl` (a job): the ACL entries, owner and options. */
  async setAcl(input: acl.SetAcl): Promise<void> {
    await this.ctx.job('filesystem.setacl', [input]);
  }
}

/** filesystem.acltemplate.* : ACL templates (builtin ones cannot be changed or deleted). */
export class AclTemplateGroup extends CrudGroup<acl.AclTemplate, acl.AclTemplateCreate, acl.AclTemplateUpdate> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'filesystem.acltemplate', schema: acl.aclTemplateSchema, idOf: (t) => t.id, findCreated: byName });
  }
}
