// `proxmox_ticket` (ephemeral): a login ticket (POST /access/ticket, pve-access-control
// src/PVE/API2/AccessControl.pm create_ticket). A ticket is valid for two hours from the time
// the server wrote into it (src/PVE/AccessControl.pm `$ticket_lifetime`; pve-common
// src/PVE/Ticket.pm assemble_rsa_ticket: "PVE:<user>:<hex time>::<signature>"), and nothing
// extends it: a valid ticket given as the password gets a new ticket, but terraform cannot hand
// a renewed value to what already holds the first one, so there is no renewal. A ticket cannot
// be revoked either. It works as a password for the same user, e.g. to configure another
// proxmox provider (username + password) without a stored secret. A user with a second factor
// gets only a TFA challenge ticket, which is refused here.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { ProxmoxSecondFactorError } from '../../../clients/proxmox/errors.js'; // not the index: the client loads lazily
import { proxmoxEphemeralResource } from '../provider-data.js';

/** PVE::AccessControl `$ticket_lifetime`. */
const TICKET_LIFETIME_S = 2 * 60 * 60;

/** When a ticket expires: two hours after the time in it (the server's clock), else after now. */
export function ticketExpiry(ticket: string, nowMs: number = Date.now()): number {
  const issued = /^PVE:(?:\S+:)?([0-9A-F]{8})::/.exec(ticket)?.[1];
  return (issued === undefined ? Math.floor(nowMs / 1000) : parseInt(issued, 16)) + TICKET_LIFETIME_S;
}

const ticketSchema = schema({
  description:
    'A Proxmox VE login ticket, never stored in a plan or state (Terraform 1.10+). The ticket can stand in for the password of the same user; it is valid for two hours from its issue and cannot be extended or revoked. Users with two-factor authentication cannot get one this way.',
  attributes: {
    username: attr.string({ required: true, description: 'USER@REALM to log in, such as "root@pam".' }),
    password: attr.string({ required: true, sensitive: true, description: "The user's password (or a valid ticket of that user)." }),
    ticket: attr.string({ computed: true, sensitive: true, description: 'The ticket (the PVEAuthCookie value).' }),
    csrf_token: attr.string({ computed: true, sensitive: true, description: 'The CSRFPreventionToken header value for writes with this ticket.' }),
    expires_at: attr.number({
      computed: true,
      description: 'When the ticket expires, seconds since 1970 (two hours after the issue time the server wrote into it).',
    }),
  },
});

export const ticketEphemeral = proxmoxEphemeralResource({
  name: 'proxmox_ticket',
  schema: ticketSchema,
  async open(ctx, config) {
    try {
      const issued = await ctx.provider.client.issueTicket(config.username, config.password);
      return { result: { ...config, ticket: issued.ticket, csrf_token: issued.csrfToken, expires_at: ticketExpiry(issued.ticket) } };
    } catch (error) {
      if (error instanceof ProxmoxSecondFactorError) throw new AttributeError('username', 'Two-factor authentication', error.message);
      throw error;
    }
  },
});
