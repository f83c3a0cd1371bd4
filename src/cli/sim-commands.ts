// `truemox sim truenas|proxmox|lab`: the options of each simulator, declared here so `--help`
// works without loading a simulator; each action imports its simulator only when it runs.
import { Command, InvalidArgumentError } from 'commander';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function whole(name: string) {
  return (text: string): number => {
    if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`${name} must be a whole number, got "${text}"`);
    return Number(text);
  };
}

function port(text: string): number {
  const value = whole('the port')(text);
  if (value > 65535) throw new InvalidArgumentError(`the port must be 0-65535, got "${text}"`);
  return value;
}

function truenasCommand(): Command {
  return new Command('truenas')
    .description('run a local simulator of the TrueNAS SCALE API (JSON-RPC, legacy WebSocket, REST) in the foreground')
    .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', port, 0)
    .option('--api-key <key>', 'API key to accept, "ID-SECRET" (repeatable; one is generated and printed when neither this nor --user is given)', collect, [])
    .option('--user <name:password>', 'user that may log in with a password (repeatable)', collect, [])
    .option('--tls', 'serve HTTPS/WSS with a self-signed certificate', false)
    .option('--cert-out <path>', 'with --tls: write the certificate (PEM) there, for ca_file / TRUENAS_CA_FILE')
    .option('--version <version>', 'TrueNAS version to report (25.04, 25.10, 26.0; default 25.10.0)')
    .option('--pool <name[:size]>', 'a pool the system has, such as "backup:500G" (repeatable; default one pool "tank" of 1T)', collect, [])
    .option('--no-rate-limit', 'turn off the unauthenticated-call rate limit')
    .option('--latency <ms>', 'delay before every answer', whole('--latency'), 0)
    .action(async (options) => (await import('../sim/truenas/cli.js')).run(options));
}

function proxmoxCommand(): Command {
  return new Command('proxmox')
    .description('run a local simulator of the Proxmox VE 9 API (HTTPS, self-signed certificate) in the foreground')
    .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', port, 8006)
    .option(
      '--token <spec>',
      "API token 'USER@REALM!TOKENID=SECRET' (repeatable; one is generated and printed when neither this nor --user is given)",
      collect,
      [],
    )
    .option('--user <spec>', "user with password 'USER@REALM:PASSWORD' (repeatable)", collect, [])
    .option('--task-delay <ms>', 'how long each task runs', whole('--task-delay'), 200)
    .option('--latency <ms>', 'delay before every answer', whole('--latency'), 0)
    .option('--cert-out <path>', 'write the certificate (PEM) there, for ca_file / PROXMOX_VE_CA_FILE')
    .option(
      '--truenas <url>',
      "a TrueNAS API (e.g. a `sim truenas`) on the node's network: iscsi storages on its host list its targets' LUNs, nfs storages check its exports",
    )
    .option('--truenas-api-key <key>', 'API key for --truenas')
    .option('--truenas-ca-file <path>', 'certificate (PEM) to trust for --truenas and the truenasplugin storage type')
    .option('--iscsi-lun <spec>', "without --truenas: a LUN an iSCSI target exports, 'IQN,LUN,BYTES' (repeatable)", collect, [])
    .action(async (options) => (await import('../sim/proxmox/cli.js')).run(options));
}

function labCommand(): Command {
  return new Command('lab')
    .description('run both simulators, connected as a Proxmox VE node and a TrueNAS box are, and print the settings for the providers; foreground until Ctrl-C')
    .option('--truenas-port <n>', 'TrueNAS port on 127.0.0.1 (0 = any free port)', port, 8080)
    .option('--proxmox-port <n>', 'Proxmox VE port on 127.0.0.1 (0 = any free port)', port, 8006)
    .option('--truenas-version <version>', 'TrueNAS version to report (25.04, 25.10, 26.0; default 25.10.0)')
    .option('--pool <name[:size]>', 'a pool the TrueNAS system has, such as "backup:500G" (repeatable; default one pool "tank" of 1T)', collect, [])
    .option('--tls', 'serve the TrueNAS API over HTTPS/WSS too (Proxmox VE always is)', false)
    .option('--api-key <key>', 'TrueNAS API key (default: generated and printed)')
    .option('--token <spec>', "Proxmox VE API token 'USER@REALM!TOKENID=SECRET' (default: generated and printed)")
    .option('--task-delay <ms>', 'how long each Proxmox VE task runs', whole('--task-delay'), 200)
    .option(
      '--cert-out <path>',
      'write the certificates (PEM) there and print PROXMOX_VE_CA_FILE (and TRUENAS_CA_FILE with --tls) instead of the insecure settings',
    )
    .option(
      '--env-out <path>',
      'also write the export lines to this file once both simulators listen (removed at stop; not --env-file, which node itself takes)',
    )
    .action(async (options) => (await import('../sim/lab/cli.js')).run(options));
}

export function simCommand(): Command {
  return new Command('sim')
    .description('run local simulators of the TrueNAS and Proxmox VE APIs (`sim lab` runs both, connected)')
    .addCommand(truenasCommand())
    .addCommand(proxmoxCommand())
    .addCommand(labCommand());
}
