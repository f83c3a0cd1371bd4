// Checks for the named string formats of the PVE schema (`pve-node`, `pve-vmid`, ...).
// The server's own checks live in PVE::JSONSchema; these follow their rules closely enough
// that what we accept the real server accepts. Formats not listed here are not checked.
import { ACME_ALIAS, ACME_DOMAIN } from '../../../clients/proxmox/acme-domains.js';
import { calendarEventProblem } from '../../../clients/proxmox/calendar-event.js';

const NAME = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const DNS_NAME = new RegExp(`^(${NAME}\\.)*${NAME}$`);
const CONFIG_ID = /^[a-z][a-z_\-0-9]+$/i; // pve-common JSONSchema.pm $CONFIGID_RE
const STORAGE_ID = /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i;
const USER_ID = /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/;
const TOKEN_ID = /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/;
const GROUP_ID = /^[-_.a-zA-Z0-9]+$/;
const ROLE_ID = /^[A-Za-z0-9.\-_]+$/;
// AccessControl.pm verify_poolname (create_pool also wants each new level to start with a letter).
const POOL_ID = /^[A-Za-z0-9.\-_]+(\/[A-Za-z0-9.\-_]+){0,2}$/;
const MAC = /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i;
const CONTENT = new Set(['images', 'rootdir', 'vztmpl', 'iso', 'backup', 'snippets', 'import', 'none']);
const EMAIL = /^[\w+\-~]+(\.[\w+\-~]+)*@[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*$/; // pve-common Tools.pm $EMAIL_RE
const PRIVILEGE = /^[A-Z][A-Za-z]*(\.[A-Za-z]+)+$/;

function list(check: (item: string) => boolean): (value: string) => boolean {
  return (value) =>
    value
      .split(/[,;\s]+/)
      .filter((item) => item !== '')
      .every(check);
}

const CHECKS: Record<string, (value: string) => boolean> = {
  'dns-name': (v) => DNS_NAME.test(v),
  'pve-node': (v) => DNS_NAME.test(v) && !v.includes('.'),
  'pve-configid': (v) => CONFIG_ID.test(v),
  'pve-configid-list': list((v) => CONFIG_ID.test(v)),
  'pve-storage-id': (v) => STORAGE_ID.test(v),
  'pve-storage-id-list': list((v) => STORAGE_ID.test(v)),
  'pve-node-list': list((v) => DNS_NAME.test(v)),
  'pve-userid': (v) => USER_ID.test(v) && v.length <= 64,
  'pve-userid-list': list((v) => USER_ID.test(v)),
  'pve-tokenid-list': list((v) => TOKEN_ID.test(v)),
  'pve-groupid': (v) => GROUP_ID.test(v),
  'pve-groupid-list': list((v) => GROUP_ID.test(v)),
  'pve-roleid': (v) => ROLE_ID.test(v),
  'pve-roleid-list': list((v) => ROLE_ID.test(v)),
  'pve-poolid': (v) => POOL_ID.test(v),
  'pve-priv-list': list((v) => PRIVILEGE.test(v)),
  'pve-realm': (v) => /^[A-Za-z][A-Za-z0-9.\-_]+$/.test(v),
  'mac-addr': (v) => MAC.test(v),
  'pve-storage-content': (v) => CONTENT.has(v),
  // pve-guest-common src/PVE/Mapping/Dir.pm pve_verify_path: absolute, none of ;,=() at the start.
  'pve-storage-path-in-property-string': (v) => /^\/[^;,=()]+/.test(v),
  'pve-storage-content-list': list((v) => CONTENT.has(v)),
  urlencoded: (v) => /^[-%a-zA-Z0-9_.!~*'()]*$/.test(v),
  'disk-size': (v) => /^\d+(\.\d+)?[KMGT]?$/.test(v),
  'pve-volume-id': (v) => /^[a-z][a-z0-9\-_.]*[a-z0-9]:.+$/i.test(v),
  'pve-bridge-id': (v) => /^[-_.\w\d]+$/.test(v),
  'pve-vmid': (v) => /^\d+$/.test(v) && Number(v) >= 100 && Number(v) <= 999999999,
  'pve-vmid-list': list((v) => /^\d+$/.test(v) && Number(v) >= 100),
  'pve-calendar-event': (v) => calendarEventProblem(v) === undefined,
  'pve-tag-list': list((v) => /^[a-z0-9_][a-z0-9_\-+.]*$/i.test(v)),
  // PVE::JSONSchema pve_verify_email (email-list: comma/space separated; email-opt: check_format
  // checks only values Perl reads as true, so "" and "0" pass).
  'email-list': list((v) => EMAIL.test(v)),
  'email-opt': (v) => v === '' || v === '0' || EMAIL.test(v),
  // pem_verify: one (or for a chain, several) PEM blocks.
  'pem-certificate-chain': (v) => /^\s*(-----BEGIN CERTIFICATE-----\r?\n[\s\S]+?\r?\n-----END CERTIFICATE-----\s*)+$/.test(v),
  // pve-manager PVE/NodeConfig.pm; the list is `;`-separated (pve-acme-domain-list).
  'pve-acme-domain': (v) => ACME_DOMAIN.test(v),
  'pve-acme-alias': (v) => ACME_ALIAS.test(v),
  'pve-acme-domain-list': list((v) => ACME_DOMAIN.test(v)),
  'pem-string': (v) => /^\s*-----BEGIN [A-Z ]+-----\r?\n[\s\S]+?\r?\n-----END [A-Z ]+-----\s*$/.test(v),
};

/** Whether a value fits a named format; unknown formats pass. */
export function checkNamedFormat(format: string, value: string): boolean {
  const check = CHECKS[format];
  return check === undefined || check(value);
}
