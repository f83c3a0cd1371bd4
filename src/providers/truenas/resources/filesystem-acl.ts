// truenas_filesystem_acl: the ACL of a path under /mnt (filesystem.setacl, a job), NFSv4 or
// POSIX.1e as the dataset's acltype makes it, with its owner. Read back with filesystem.getacl.
// Destroying it leaves the ACL as it is, as truenas_filesystem_permissions leaves permissions;
// `strip_on_destroy` strips it instead (setacl with stripacl: only the mode stays).
import { attr, schema } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { ValidateContext } from '../../../framework/resource.js';
import type { PathAcl, SetAcl } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { checkAttributeReleases } from '../shared/release-gate.js';
import { entryListAttributes, importedEntries } from '../shared/acl-entries.js';
import { entryListsFromApi, entryListsToApi, validateEntryLists } from '../shared/acl-entry-lists.js';
import { mountPathAttributes, mountPathImport, mountPathOperations } from '../shared/mount-path.js';
import { keptString } from '../shared/named-objects.js';

const aclSchema = schema({
  description:
    'The ACL of a directory under /mnt (usually a dataset mountpoint), set with filesystem.setacl: NFSv4 entries on a dataset with acltype NFSV4, POSIX.1e entries on one with acltype POSIX (the server refuses the other kind: "ACL type is invalid for selected path"), and optionally its owner. Destroying the resource leaves the ACL as it is unless `strip_on_destroy` is set.',
  attributes: {
    ...mountPathAttributes('/mnt/tank/share'),
    acltype: keptString('The ACL type of the path: NFS4 or POSIX1E.'),
    ...entryListAttributes('the path'),
    user: attr.string({ optional: true, description: 'Owning user by name; the owner stays as it is when neither `user` nor `uid` is set.' }),
    uid: attr.number({ optional: true, description: 'Owning user by uid, instead of `user`.', validators: [validators.integer(), validators.atLeast(0)] }),
    group: attr.string({ optional: true, description: 'Owning group by name; the group stays as it is when neither `group` nor `gid` is set.' }),
    gid: attr.number({ optional: true, description: 'Owning group by gid, instead of `group`.', validators: [validators.integer(), validators.atLeast(0)] }),
    recursive: attr.bool({ default: false, description: 'Apply to everything below the path too. Read back from the path itself only.' }),
    traverse: attr.bool({ default: false, description: 'With `recursive`: cross into child datasets too.' }),
    canonicalize: attr.bool({
      optional: true,
      description:
        'Write NFSv4 entries in Windows canonical order (DENY first); the server does by default. TrueNAS 25.04 and 25.10 only: 26.0 always writes canonical order and has no such option (after the upgrade to 26.0 the plan fails naming it: remove it).',
    }),
    validate_effective_acl: attr.bool({
      default: true,
      description: 'Let the server check that the users and groups the ACL grants access can reach the path (execute on the parent directories).',
    }),
    strip_on_destroy: attr.bool({
      default: false,
      description: 'On destroy, strip the ACL (only the mode stays), instead of leaving it as it is.',
    }),
  },
  rules: [rules.exactlyOneOf('nfs4_entries', 'posix_entries'), rules.conflictsWith('user', 'uid'), rules.conflictsWith('group', 'gid')],
});

type AclModel = ModelOf<typeof aclSchema>;
type AclPlan = PlanModelOf<typeof aclSchema>;
type Name = keyof AclModel & string;

function validate(ctx: ValidateContext<Name>): void {
  validateEntryLists(ctx, aclSchema.attributes, ctx.config.bool('recursive') === true);
  if (ctx.config.bool('traverse') === true && ctx.config.isKnown('recursive') && ctx.config.bool('recursive') !== true)
    ctx.error('traverse', 'traverse needs recursive', 'Traverse requires recursive to be enabled (26.0 refuses it; earlier releases ignore it).');
}

/** The model of what getacl answers; owner fields filled in as the configuration spells them (names on import). */
export function aclToModel(acl: PathAcl, known: Partial<AclModel>): AclModel {
  const byId = known.uid !== null && known.uid !== undefined;
  const groupById = known.gid !== null && known.gid !== undefined;
  const importing = (known.nfs4_entries ?? null) === null && (known.posix_entries ?? null) === null;
  const ownerKnown = importing || (known.user ?? null) !== null;
  const groupKnown = importing || (known.group ?? null) !== null;
  return {
    id: acl.path,
    path: acl.path,
    acltype: acl.acltype,
    ...importedEntries(entryListsFromApi(acl, true), importing),
    user: !byId && ownerKnown ? acl.user : null,
    uid: byId ? acl.uid : null,
    group: !groupById && groupKnown ? acl.group : null,
    gid: groupById ? acl.gid : null,
    recursive: known.recursive ?? false,
    traverse: known.traverse ?? false,
    canonicalize: known.canonicalize ?? null,
    validate_effective_acl: known.validate_effective_acl ?? true,
    strip_on_destroy: known.strip_on_destroy ?? false,
  };
}

/** The setacl call for a plan. */
export function setAclInput(plan: AclPlan): SetAcl {
  const { acltype, acl } = entryListsToApi(plan);
  return {
    path: plan.path,
    dacl: acl,
    // Naming the kind makes the server refuse entries of the other kind for the path.
    acltype,
    ...(plan.user !== null ? { user: plan.user } : plan.uid !== null ? { uid: plan.uid } : {}),
    ...(plan.group !== null ? { group: plan.group } : plan.gid !== null ? { gid: plan.gid } : {}),
    options: {
      recursive: plan.recursive,
      traverse: plan.traverse,
      validate_effective_acl: plan.validate_effective_acl,
      ...(plan.canonicalize !== null ? { canonicalize: plan.canonicalize } : {}),
    },
  };
}

const operations = mountPathOperations<AclModel, AclPlan>({
  async set(client, plan) {
    await client.filesystem.setAcl(setAclInput(plan));
  },
  async read(client, path, known) {
    const acl = await client.filesystem.getAcl(path);
    // A path whose dataset has ACLs turned off has no ACL to manage.
    return acl.acltype === 'DISABLED' ? null : aclToModel(acl, known);
  },
  lostWhile: 'its ACL was set',
});

export const filesystemAclResource = truenasResource({
  name: 'truenas_filesystem_acl',
  schema: aclSchema,
  ...mountPathImport('/mnt/tank/share'),
  validateConfig: validate,
  modifyPlan: (ctx) => checkAttributeReleases(ctx, { canonicalize: { until: '26.0' } }),
  create: operations.create,
  read: operations.read,
  update: operations.update,
  async delete(ctx, state) {
    if (!state.strip_on_destroy) return;
    // A path already gone (its dataset destroyed) has nothing to strip.
    if ((await operations.readPath(ctx.provider.client, state.path, state)) === null) return;
    await ctx.provider.client.filesystem.setAcl({ path: state.path, dacl: [], options: { stripacl: true } });
  },
});
