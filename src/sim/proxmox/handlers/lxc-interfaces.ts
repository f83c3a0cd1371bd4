// `GET /nodes/{node}/lxc/{vmid}/interfaces` (pve-container src/PVE/API2/LXC.pm `ip`, which returns
// `PVE::LXC::get_interfaces`): the running container's interfaces as `ip -j addr` shows them
// inside it (families "inet"/"inet6"); nothing (null) when the container does not run.
// The simulated container has `lo` and each netN under its configured name: a static address is
// reported as configured, dhcp gets 10.1.<vmid/250>.<vmid%250+2>/24, and every NIC a link-local
// IPv6 address, plus its static or auto (fd01::<vmid hex>/64) IPv6 address.
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { requireGuest, type RequestContext } from '../engine.js';
import type { SimGuest } from '../state.js';

interface Address {
  'ip-address': string;
  'ip-address-type': 'inet' | 'inet6';
  prefix: number;
}

function address(cidr: string, family: Address['ip-address-type']): Address {
  const [ip, prefix] = cidr.split('/');
  return { 'ip-address': ip ?? '', 'ip-address-type': family, prefix: Number(prefix ?? (family === 'inet' ? 32 : 128)) };
}

function nicAddresses(guest: SimGuest, props: Readonly<Record<string, string>>): Address[] {
  const vmid = guest.vmid;
  const out: Address[] = [];
  const ip = props.ip;
  if (ip === 'dhcp') out.push(address(`10.1.${Math.floor(vmid / 250) % 256}.${(vmid % 250) + 2}/24`, 'inet'));
  else if (ip !== undefined && ip !== 'manual') out.push(address(ip, 'inet'));
  const ip6 = props.ip6;
  if (ip6 === 'auto' || ip6 === 'dhcp') out.push(address(`fd01::${vmid.toString(16)}/64`, 'inet6'));
  else if (ip6 !== undefined && ip6 !== 'manual') out.push(address(ip6, 'inet6'));
  out.push(address(`fe80::be24:11ff:fe01:${vmid.toString(16)}/64`, 'inet6'));
  return out;
}

export function containerInterfaces(ctx: RequestContext): Array<Record<string, unknown>> | null {
  const guest = requireGuest(ctx, 'lxc');
  if (guest.status !== 'running') return null;
  const loopback = { name: 'lo', hwaddr: '00:00:00:00:00:00', inet: '127.0.0.1/8', inet6: '::1/128' };
  const nics = Object.keys(guest.config)
    .filter((key) => /^net\d+$/.test(key))
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    .map((key) => {
      const { props } = parsePropertyString(guest.config[key] ?? '');
      const addresses = nicAddresses(guest, props);
      const first = (family: Address['ip-address-type']) => addresses.find((a) => a['ip-address-type'] === family);
      const v4 = first('inet');
      const v6 = first('inet6');
      return {
        name: props.name ?? key,
        hwaddr: (props.hwaddr ?? '').toLowerCase(),
        'hardware-address': (props.hwaddr ?? '').toLowerCase(),
        ...(v4 !== undefined ? { inet: `${v4['ip-address']}/${v4.prefix}` } : {}),
        ...(v6 !== undefined ? { inet6: `${v6['ip-address']}/${v6.prefix}` } : {}),
        'ip-addresses': addresses,
      };
    });
  return [
    {
      ...loopback,
      'hardware-address': loopback.hwaddr,
      'ip-addresses': [address('127.0.0.1/8', 'inet'), address('::1/128', 'inet6')],
    },
    ...nics,
  ];
}
