// `proxmox_api_token` (ephemeral): an API token made when terraform needs it, with an expiry as
// a safety net, and deleted when terraform is done with it; it never reaches a plan or state.
// POST/DELETE /access/users/{userid}/token/{tokenid} (pve-access-control
// src/PVE/API2/User.pm, generate_token/remove_token): the secret is shown only in the answer
// to the create. Permission: the user itself (`userid-param self`, which a token never is: its
// `$username` is the token id) or User.Modify on one of the user's groups.
import { randomBytes } from 'node:crypto';
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { deleteIgnoringMissing } from '../shared/not-found.js';
import { proxmoxEphemeralResource } from '../provider-data.js';

const tokenSchema = schema({
  description:
    "A short-lived Proxmox VE API token: created when opened, deleted when closed, never stored in a plan or state (Terraform 1.10+). The provider's credentials need User.Modify on a group of the user, unless they are a login (ticket) of that very user: an API token never counts as its user.",
  attributes: {
    user_id: attr.string({ required: true, description: 'The user the token belongs to, such as "terraform@pve".' }),
    token_name: attr.string({
      optional: true,
      computed: true,
      description: 'Token id; a random "tf-…" name when unset (each open makes a new token).',
      validators: [validators.textMatching(/^[A-Za-z][A-Za-z0-9.\-_]+$/, 'a letter followed by letters, digits, ".", "-" or "_"')],
    }),
    expire_in: attr.number({
      default: 3600,
      description: 'Seconds until Proxmox expires the token (default 3600), in case it is never closed.',
      validators: [validators.between(60, 31_536_000), validators.integer()],
    }),
    privilege_separation: attr.bool({
      default: true,
      description: "Whether the token needs its own ACLs (default true, as Proxmox); false gives it all of the user's privileges.",
    }),
    comment: attr.string({ optional: true, description: 'Comment.' }),
    id: attr.string({ computed: true, description: 'The full token id, USER@REALM!TOKEN.' }),
    secret: attr.string({ computed: true, sensitive: true, description: 'The token secret.' }),
    value: attr.string({ computed: true, sensitive: true, description: "USER@REALM!TOKEN=SECRET, as the proxmox provider's api_token takes it." }),
    expires_at: attr.number({ computed: true, description: 'When Proxmox expires the token, seconds since 1970.' }),
  },
});

export const apiTokenEphemeral = proxmoxEphemeralResource({
  name: 'proxmox_api_token',
  schema: tokenSchema,
  async open(ctx, config) {
    const tokenName = config.token_name ?? `tf-${randomBytes(4).toString('hex')}`;
    const expire = Math.floor(Date.now() / 1000) + (config.expire_in ?? 3600);
    const created = await ctx.provider.client.access.createToken(config.user_id, tokenName, {
      expire,
      privsep: config.privilege_separation ?? true,
      ...(config.comment !== null ? { comment: config.comment } : {}),
    });
    const id = created['full-tokenid'];
    return {
      result: { ...config, token_name: tokenName, id, secret: created.value, value: `${id}=${created.value}`, expires_at: expire },
      private: { user_id: config.user_id, token_name: tokenName },
    };
  },
  async close(ctx, data) {
    const { user_id: userId, token_name: tokenName } = data;
    if (typeof userId !== 'string' || typeof tokenName !== 'string') throw new Error('the token to delete is not known (no private data from open)');
    await deleteIgnoringMissing(() => ctx.provider.client.access.deleteToken(userId, tokenName));
  },
});
