// `proxmox_ticket` (ephemeral): a login ticket (POST /access/ticket). Proxmox tickets last two
// hours and a valid ticket given as the password gets a fresh one (pve-access-control
// src/PVE/API2/AccessControl.pm create_ticket; PVE::AccessControl verify_ticket), so terraform is
// asked to renew it after 90 minutes while it is still in use. A ticket cannot be revoked: it
// simply expires. The ticket works as a password for the same user, e.g. to configure another
// proxmox provider (username + password) without a stored secret.
import { attr, schema } from '../../../framework/attributes.js';
import { proxmoxEphemeralResource } from '../provider-data.js';

/** Tickets last 2 h (PVE::AccessControl ticket lifetime); renew with a margin. */
const TICKET_LIFETIME_MS = 2 * 60 * 60_000;
const RENEW_AFTER_MS = 90 * 60_000;

const ticketSchema = schema({
  description:
    'A Proxmox VE login ticket, never stored in a plan or state (Terraform 1.10+); renewed while in use. The ticket can stand in for the password of the same user.',
  attributes: {
    username: attr.string({ required: true, description: 'USER@REALM to log in, such as "root@pam".' }),
    password: attr.string({ required: true, sensitive: true, description: "The user's password (or a valid ticket of that user)." }),
    ticket: attr.string({ computed: true, sensitive: true, description: 'The ticket (the PVEAuthCookie value).' }),
    csrf_token: attr.string({ computed: true, sensitive: true, description: 'The CSRFPreventionToken header value for writes with this ticket.' }),
    expires_at: attr.number({ computed: true, description: 'When the ticket expires, seconds since 1970.' }),
  },
});

export const ticketEphemeral = proxmoxEphemeralResource({
  name: 'proxmox_ticket',
  schema: ticketSchema,
  async open(ctx, config) {
    const issued = await ctx.provider.client.issueTicket(config.username, config.password);
    const now = Date.now();
    return {
      result: { ...config, ticket: issued.ticket, csrf_token: issued.csrfToken, expires_at: Math.floor((now + TICKET_LIFETIME_MS) / 1000) },
      renewAt: new Date(now + RENEW_AFTER_MS),
      private: { username: issued.username, ticket: issued.ticket },
    };
  },
  async renew(ctx, data) {
    const { username, ticket } = data;
    if (typeof username !== 'string' || typeof ticket !== 'string') throw new Error('the ticket to renew is not known (no private data from open)');
    const renewed = await ctx.provider.client.issueTicket(username, ticket);
    return { renewAt: new Date(Date.now() + RENEW_AFTER_MS), private: { username: renewed.username, ticket: renewed.ticket } };
  },
});
