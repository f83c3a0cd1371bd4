// `sharing.smb.*`: the share model changed in 25.10, so creates and updates are sent in the
// model of the server's version; reads accept both (schemas/smb-share.ts).
import { byName } from '../query.js';
import type { ApiContext } from './context.js';
import { CrudGroup } from './crud.js';
import { smbShareSchema, toFlatModel, toPurposeModel, type SmbShare, type SmbShareCreate } from '../schemas/smb-share.js';

export class SmbShareGroup extends CrudGroup<SmbShare, SmbShareCreate, Partial<SmbShareCreate>> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'sharing.smb', schema: smbShareSchema, idOf: (s) => s.id, findCreated: byName });
  }

  protected override async encodeCreate(input: SmbShareCreate): Promise<unknown> {
    return this.encodeUpdate(input);
  }

  protected override async encodeUpdate(patch: Partial<SmbShareCreate>): Promise<unknown> {
    return (await this.ctx.atLeast('25.10')) ? toPurposeModel(patch) : toFlatModel(patch);
  }

  /** 25.10+: the share's other LEGACY_SHARE options are sent back, since `options` replaces the stored object. */
  override async update(id: number, patch: Partial<SmbShareCreate>): Promise<SmbShare> {
    if (!(await this.ctx.atLeast('25.10'))) return super.update(id, patch);
    const [current] = (await this.ctx.session.call(await this.method('query'), [[['id', '=', id]]])) as { purpose?: unknown; options?: unknown }[];
    const options =
      current?.purpose === 'LEGACY_SHARE' && current.options && typeof current.options === 'object' ? (current.options as Record<string, unknown>) : {};
    return this.ctx.write(await this.method('update'), [id, toPurposeModel(patch, options)], this.spec.schema, { kind: 'idempotent' });
  }
}
