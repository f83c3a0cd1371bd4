// Login tickets (`PVEAuthCookie`) and their CSRF tokens, with the server's 2-hour lifetime.
import { randomBytes } from 'node:crypto';

interface IssuedTicket {
  userid: string;
  csrf: string;
  expiresAt: number;
}

/**
 * pve-common src/PVE/Ticket.pm `assemble_rsa_ticket` ("PVE:<data>:<hex time>::<signature>", ':'
 * in the data escaped) and `assemble_csrf_prevention_token` ("<hex time>:<digest>").
 */
function signed(data: string): { ticket: string; csrf: string } {
  const stamp = Math.floor(Date.now() / 1000)
    .toString(16)
    .toUpperCase()
    .padStart(8, '0');
  const ticket = `PVE:${data.replace(/:/g, '%3A')}:${stamp}::${randomBytes(48).toString('base64')}`;
  const csrf = `${stamp}:${randomBytes(32).toString('base64').replace(/[+/=]/g, '')}`;
  return { ticket, csrf };
}

export class TicketStore {
  private readonly tickets = new Map<string, IssuedTicket>();

  constructor(private readonly lifetimeMs: () => number) {}

  issue(userid: string): { ticket: string; csrf: string } {
    const issued = signed(userid);
    this.tickets.set(issued.ticket, { userid, csrf: issued.csrf, expiresAt: Date.now() + this.lifetimeMs() });
    return issued;
  }

  /** A TFA-data ticket: the shape of a ticket, but no login (the challenge is not modelled). */
  issuePartial(): { ticket: string; csrf: string } {
    return signed(`!tfa!${encodeURIComponent(JSON.stringify({ totp: true }))}`);
  }

  /** The user a ticket belongs to, if it is ours and not expired. */
  verify(ticket: string): { userid: string; csrf: string } | undefined {
    const issued = this.tickets.get(ticket);
    if (!issued) return undefined;
    if (issued.expiresAt <= Date.now()) {
      this.tickets.delete(ticket);
      return undefined;
    }
    return issued;
  }

  /** Ends every issued ticket now, as the lifetime passing would (tests: expiry without waiting on the clock). */
  expireAll(): void {
    for (const issued of this.tickets.values()) issued.expiresAt = 0;
  }

  /** How many tickets were issued and are still known (tests count logins with it). */
  get size(): number {
    return this.tickets.size;
  }
}
