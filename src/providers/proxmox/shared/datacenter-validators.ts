// Plan-time checks shared by the datacenter resources: calendar-event schedules, VMID lists,
// node names and HA resource ids, with the server's own rules (pve-common JSONSchema.pm
// `pve-node`, `pve-vmid`; pve-ha-manager Tools.pm `pve-ha-resource-id`).
import { calendarEventProblem } from '../../../clients/proxmox/calendar-event.js';
import { validators, type Validator } from '../../../framework/validators.js';

export const scheduleValidator: Validator<string> = validators.custom<string>('a calendar event such as "sun 01:00", "*-*-* 02:30" or "*/15"', (value) =>
  typeof value === 'string' ? calendarEventProblem(value) : undefined,
);

/** One VMID: 100 to 999999999. */
export const vmidTextValidator = validators.custom('a VMID (a number from 100 to 999999999)', (value) =>
  typeof value === 'string' && (!/^\d+$/.test(value) || Number(value) < 100 || Number(value) > 999_999_999)
    ? `"${value}" is not a VMID from 100 to 999999999`
    : undefined,
);

export const nodeNameValidator = validators.textMatching(/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/, 'a node name (letters, digits and "-")');

/** `pve-configid` (pve-common JSONSchema.pm `$CONFIGID_RE`): two characters at least. */
export const configIdValidator = validators.textMatching(/^[a-z][a-z0-9_-]+$/i, 'an id of a letter followed by one or more letters, digits, "-" and "_"');

/** `vm:<vmid>` or `ct:<vmid>`. */
export const HA_SID = /^(vm|ct):[1-9]\d{2,8}$/;
export const haSidValidator = validators.textMatching(HA_SID, '"vm:<VMID>" or "ct:<VMID>"');
