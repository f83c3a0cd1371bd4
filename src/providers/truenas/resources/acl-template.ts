// truenas_acl_template: a named ACL (filesystem.acltemplate.*) the web UI offers when editing
// an ACL. The built-in ones (NFS4_OPEN, POSIX_RESTRICTED, …) can be read and imported but the
// server refuses to change or delete them ("built-in ACL templates may not be changed").
import { attr, schema } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import { valuesEqual } from '../../../values/compare.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { AclTemplate, AclTemplateCreate, Nfs4Ace, PosixAce, TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { entryListAttributes, importedEntries, knownList, type Nfs4Entry, type PosixEntry } from '../shared/acl-entries.js';
import { entryListsFromApi, entryListsToApi, entryListsWithIds, entryListsWithNames, validateEntryLists, type EntryLists } from '../shared/acl-entry-lists.js';

const templateSchema = schema({
  description:
    'An ACL template (filesystem.acltemplate): a named list of NFSv4 or POSIX.1e entries offered when an ACL is edited. Built-in templates can be imported and read but not changed or deleted.',
  attributes: {
    id: numericId('ACL template'),
    name: attr.string({ required: true, description: 'Name of the template (unique).', validators: [validators.lengthBetween(1, 120)] }),
    acltype: attr.string({ computed: true, description: 'NFS4 or POSIX1E, after which entry list is set.' }),
    ...entryListAttributes('the template'),
    comment: attr.string({ default: '', description: 'What the template is for.' }),
    builtin: attr.bool({ computed: true, description: "Whether this is one of the server's built-in templates." }),
  },
  rules: [rules.exactlyOneOf('nfs4_entries', 'posix_entries')],
});

type TemplateModel = ModelOf<typeof templateSchema>;
type TemplatePlan = PlanModelOf<typeof templateSchema>;
type Name = keyof TemplateModel & string;

function validate(ctx: ValidateContext<Name>): void {
  for (const list of ['nfs4_entries', 'posix_entries'] as const) {
    const entries = knownList<Nfs4Entry | PosixEntry>(ctx.config.get(list), templateSchema.attributes[list].type);
    if (entries?.length === 0) ctx.error(list, 'No entries', 'At least one ACL entry must be specified.');
  }
  validateEntryLists(ctx, templateSchema.attributes, false);
}

/** A built-in template cannot be changed: say so at plan time rather than when applying. */
async function refuseBuiltin(ctx: PlanContext<TrueNASProviderData, Name>): Promise<void> {
  if (ctx.creating || ctx.prior.bool('builtin') !== true) return;
  const changed = (['name', 'comment', 'nfs4_entries', 'posix_entries'] as const).some(
    (name) => !valuesEqual(ctx.planned.get(name), ctx.prior.get(name), templateSchema.attributes[name].type),
  );
  if (changed)
    ctx.refuseUpdate('name', 'Built-in template', `${ctx.prior.string('name') ?? 'This template'} is built in: built-in ACL templates may not be changed.`);
}

/** Entries of a template as the model spells them: ids with their names. */
export async function templateEntries(client: TrueNASClient, row: AclTemplate): Promise<EntryLists> {
  // The schema types the template's entries by either kind; its acltype says which.
  const acl = row.acltype === 'NFS4' ? { acltype: row.acltype, acl: row.acl as Nfs4Ace[] } : { acltype: row.acltype, acl: row.acl as PosixAce[] };
  return entryListsWithNames(client, entryListsFromApi(acl, true));
}

async function toModel(row: AclTemplate, known: TemplateModel, client: TrueNASClient): Promise<TemplateModel> {
  const importing = (known.nfs4_entries ?? null) === null && (known.posix_entries ?? null) === null;
  return {
    id: row.id,
    name: row.name,
    acltype: row.acltype,
    comment: row.comment,
    builtin: row.builtin,
    ...importedEntries(await templateEntries(client, row), importing),
  };
}

async function input(plan: TemplatePlan, _prior: unknown, client: TrueNASClient): Promise<AclTemplateCreate> {
  return { name: plan.name, comment: plan.comment, ...entryListsToApi(await entryListsWithIds(client, plan)) };
}

export const aclTemplateResource = truenasResource({
  name: 'truenas_acl_template',
  schema: templateSchema,
  validateConfig: validate,
  modifyPlan: refuseBuiltin,
  ...numericCrud({ importId: numericImportId('template', '10'), group: (client) => client.aclTemplates, toModel, input }),
});
