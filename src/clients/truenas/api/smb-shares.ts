// `sharing.smb.*`: the share model changed in 25.10, so creates and updates are sent in the
// model of the server's version; reads accept both (schemas/smb-share.ts).
import type { ApiContext } from './context.js';
import { CrudGroup } from './crud.js';
import { smbShareSchema, toFlatModel, toPurposeModel, type SmbShare, type SmbShareCreate } from '../schemas/smb-share.js';

export class SmbShareGroup extends CrudGroup<SmbShare, SmbShareCreate, Partial<SmbShareCreate>> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'sharing.smb', schema: smbShareSchema, idOf: (s) => s.id, findCreated: (input) => [['name', '=', input.name]] });
  }

  protected override async encodeCreate(input: SmbShareCreate): Promise<unknown> {
    return this.encodeUpdate(input);
  }

  protected override async encodeUpdate(patch: Partial<SmbShareCreate>): Promise<unknown> {
    return (await this.ctx.atLeast('25.10')) ? toPurposeModel(patch) : toFlatModel(patch);
  }
}
