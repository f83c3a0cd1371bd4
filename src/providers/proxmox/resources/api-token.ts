// `proxmox_api_token`: an API token of a user; its secret is known only at creation.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { TokenInfo } from '../../../clients/proxmox/index.js';
import type { ModelOf } from '../../../framework/schema.js';
import { createByName } from '../shared/lost-create.js';
import { deleteIgnoringMissing } from '../shared/not-found.js';
import { optionalText } from '../shared/text.js';
import { proxmoxResource } from '../provider-data.js';
import { userIdValidators } from '../shared/access-ids.js';
import { userCfgCommentAttr } from '../shared/user-cfg-text.js';
import { idAttribute } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();
const keep = planModifiers.useStateForUnknown();

const tokenSchema = schema({
  description: 'An API token of a Proxmox VE user.',
  attributes: {
    id: idAttribute('USER@REALM!TOKEN.'),
    user_id: attr.string({ required: true, description: 'Owner, USER@REALM.', validators: userIdValidators, planModifiers: [replace] }),
    token_name: attr.string({
      required: true,
      description: 'Token name.',
      validators: [validators.textMatching(/^[A-Za-z][A-Za-z0-9.\-_]+$/, 'text starting with a letter, holding letters, digits, ".", "-" or "_"')],
      planModifiers: [replace],
    }),
    comment: userCfgCommentAttr,
    expire: attr.number({
      default: 0,
      description: 'Expiry as seconds since 1970; 0 (default) never expires.',
      validators: [validators.atLeast(0), validators.integer()],
    }),
    privilege_separation: attr.bool({
      default: true,
      description: "Restrict the token to the privileges granted to it by ACLs (default true) instead of all of its user's.",
    }),
    secret: attr.string({
      computed: true,
      sensitive: true,
      description: 'The token secret (a UUID); only known when terraform created the token.',
      planModifiers: [keep],
    }),
    value: attr.string({
      computed: true,
      sensitive: true,
      description: 'USER@REALM!TOKEN=SECRET, as providers take it (e.g. PROXMOX_VE_API_TOKEN).',
      planModifiers: [keep],
    }),
  },
});

type TokenModel = ModelOf<typeof tokenSchema>;

function tokenFromApi(info: TokenInfo, prior: TokenModel): TokenModel {
  return {
    ...prior,
    id: `${prior.user_id}!${prior.token_name}`,
    comment: optionalText(info.comment, prior.comment),
    expire: info.expire ?? 0,
    privilege_separation: info.privsep ?? true,
  };
}

export const apiTokenResource = proxmoxResource({
  name: 'proxmox_api_token',
  schema: tokenSchema,
  importId: { description: 'USER@REALM!TOKEN (the secret cannot be imported)', example: 'terraform@pve!ci' },
  async create(ctx, plan) {
    const params = { comment: plan.comment ?? undefined, expire: plan.expire, privsep: plan.privilege_separation };
    const { access } = ctx.provider.client;
    const id = `${plan.user_id}!${plan.token_name}`;
    // The secret is only in the create's answer: a token whose answer was lost is recorded without it.
    const created = await createByName({
      what: `token "${id}"`,
      exists: async () => (await access.findToken(plan.user_id, plan.token_name)) !== undefined,
      create: () => access.createToken(plan.user_id, plan.token_name, params),
      record: () => ctx.savePartialState({ ...plan, id, secret: null, value: null }),
    });
    const fullId = created['full-tokenid'];
    return tokenFromApi(created.info, { ...plan, id: fullId, secret: created.value, value: `${fullId}=${created.value}` });
  },
  async read(ctx, state) {
    const info = await ctx.provider.client.access.findToken(state.user_id, state.token_name);
    return info === undefined ? null : tokenFromApi(info, state);
  },
  async update(ctx, plan) {
    const { access } = ctx.provider.client;
    await access.updateToken(plan.user_id, plan.token_name, { comment: plan.comment ?? '', expire: plan.expire, privsep: plan.privilege_separation });
    return tokenFromApi(await access.token(plan.user_id, plan.token_name), plan);
  },
  async delete(ctx, state) {
    await deleteIgnoringMissing(() => ctx.provider.client.access.deleteToken(state.user_id, state.token_name));
  },
  importState(id) {
    const bang = id.lastIndexOf('!');
    return { user_id: id.slice(0, bang), token_name: id.slice(bang + 1) };
  },
});
