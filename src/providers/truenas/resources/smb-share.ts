// truenas_smb_share: an SMB (Windows) share of a dataset's path.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { SmbShare, SmbShareCreate, TrueNASClient } from '../../../clients/truenas/index.js';
import { ProviderError } from '../../../framework/diagnostics.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { sameFields } from '../../common/same-fields.js';
import { SHARE_PATH } from './nfs-share.js';

const smbShareSchema = schema({
  description:
    'An SMB share of a path under /mnt/<pool>. On TrueNAS 25.10 and later it is a share of purpose LEGACY_SHARE; its other options (set in the UI) are kept on update, and a share of another purpose is not updated. Upgrading 25.04 to 25.10: the shares this resource made (purpose NO_PRESET) become LEGACY_SHARE with every setting kept, so nothing changes; a share made in the 25.04 UI and imported takes its migrated purpose (DEFAULT_SHARE stays DEFAULT_SHARE unless guest access was on, TIMEMACHINE becomes TIMEMACHINE_SHARE, …) and its updates are refused from then on (a warning at plan time, an error at apply before any change): change it in the UI, or recreate it with this resource.',
  attributes: {
    id: numericId('share'),
    name: attr.string({
      required: true,
      description: 'Share name clients see, unique on the server regardless of case, at most 80 characters.',
      validators: [validators.lengthBetween(1, 80)],
    }),
    path: attr.string({
      required: true,
      description: 'The shared path, such as "/mnt/tank/media" (truenas_dataset.mountpoint).',
      validators: [validators.textMatching(SHARE_PATH.pattern, SHARE_PATH.explanation)],
    }),
    comment: attr.string({ default: '', description: 'Free-text comment clients see.' }),
    ro: attr.bool({ default: false, description: 'Share read-only.' }),
    browsable: attr.bool({ default: true, description: 'Whether the share is listed when clients browse the server.' }),
    guestok: attr.bool({ default: false, description: 'Allow access without a password, as the guest account.' }),
    abe: attr.bool({ default: false, description: 'Access-based enumeration: hide files and folders a user cannot read.' }),
    hostsallow: attr.list(ty.string, { default: [], description: 'Hosts or networks allowed to connect; everyone when empty.' }),
    hostsdeny: attr.list(ty.string, { default: [], description: 'Hosts or networks refused.' }),
    timemachine: attr.bool({ default: false, description: 'Offer the share as an Apple Time Machine target.' }),
    recyclebin: attr.bool({ default: false, description: 'Move deleted files to a .recycle folder instead of deleting them.' }),
    enabled: attr.bool({ default: true, description: 'Whether the share is served.' }),
  },
});

type SmbShareModel = ModelOf<typeof smbShareSchema>;

function toModel(share: SmbShare): SmbShareModel {
  return {
    ...sameFields(share, ['id', 'name', 'path', 'comment', 'ro', 'browsable', 'enabled']),
    guestok: share.guestok ?? false,
    abe: share.abe ?? false,
    hostsallow: share.hostsallow ?? [],
    hostsdeny: share.hostsdeny ?? [],
    timemachine: share.timemachine ?? false,
    recyclebin: share.recyclebin ?? false,
  };
}

/** Every attribute but the id is a field of the share, under the same name. */
function input({ id: _id, ...share }: PlanModelOf<typeof smbShareSchema>): SmbShareCreate {
  return share;
}

const smbCrud = numericCrud({ importId: numericImportId('share'), group: (client) => client.sharing.smb, toModel, input });

/**
 * 25.10+: the resource models the LEGACY_SHARE purpose's options; an update sends that purpose,
 * which would turn a share of another purpose (made in the UI, or by 25.04's UI and migrated by
 * the upgrade, then imported) into a legacy one (plugins/smb.py do_update @TS-25.10.6:841-848
 * replaces `purpose` and `options`). Refused instead: the summary and detail, or undefined.
 */
async function otherPurpose(client: TrueNASClient, id: number | null): Promise<{ summary: string; detail: string } | undefined> {
  if (id === null || !(await client.serverAtLeast('25.10'))) return undefined;
  const share = await client.sharing.smb.find(id);
  if (!share?.purpose || share.purpose === 'LEGACY_SHARE') return undefined;
  return {
    summary: 'SMB share of another purpose',
    detail: `SMB share "${share.name}" (id ${id}) has purpose ${share.purpose}; truenas_smb_share manages LEGACY_SHARE shares, and updating it would convert the share and reset its ${share.purpose} options. Change it in the TrueNAS UI, or recreate it with this resource.`,
  };
}

export const smbShareResource = truenasResource({
  name: 'truenas_smb_share',
  schema: smbShareSchema,
  ...smbCrud,
  /** The refusal said at plan time too (a warning; the apply fails before any call). */
  async modifyPlan(ctx) {
    const client = ctx.provider?.client;
    if (!client || ctx.creating || !ctx.updates()) return;
    const refusal = await otherPurpose(client, ctx.prior.number('id') ?? null);
    if (refusal) ctx.refuseUpdate('name', refusal.summary, refusal.detail);
  },
  async update(ctx, plan, prior) {
    const refusal = await otherPurpose(ctx.provider.client, prior.id);
    if (refusal) throw new ProviderError(refusal.summary, refusal.detail);
    return smbCrud.update(ctx, plan, prior);
  },
});
