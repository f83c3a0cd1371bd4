// The `truemox` command. Each subcommand's module is imported only when it runs, so the
// provider start path (`serve`) loads nothing it does not need.
import { Command } from 'commander';

const program = new Command('truemox')
  .description('Terraform/OpenTofu providers for TrueNAS SCALE and Proxmox VE')
  .showHelpAfterError();

program
  .command('sim')
  .description('run a local simulator of the TrueNAS or Proxmox VE API')
  .argument('<system>', 'truenas | proxmox')
  .allowUnknownOption()
  .helpOption(false)
  .argument('[options...]', 'options for that simulator (see `truemox sim <system> --help`)')
  .action(async (system: string, options: string[]) => {
    if (system === 'truenas') return (await import('../sim/truenas/cli.js')).main(options);
    if (system === 'proxmox') return (await import('../sim/proxmox/cli.js')).main(options);
    program.error(`unknown system "${system}": expected truenas or proxmox`);
  });

await program.parseAsync(process.argv);
