// The `truemox` command. Each subcommand's module is imported only when it runs, so the
// provider start path (`serve`) loads nothing it does not need.
import { Command } from 'commander';
import { simCommand } from './sim-commands.js';

const program = new Command('truemox').description('Terraform/OpenTofu providers for TrueNAS SCALE and Proxmox VE').showHelpAfterError();

program.addCommand(simCommand());

program
  .command('serve')
  .description('serve a provider over the plugin protocol (what terraform runs)')
  .argument('<provider>', 'truenas | proxmox')
  .option('--debug', 'serve without terraform, printing a TF_REATTACH_PROVIDERS value to attach with')
  .action(async (name: string, options: { debug?: boolean }) => {
    const { runProvider } = await import('./provider-main.js');
    await runProvider(name, options.debug ? ['--debug'] : []);
  });

program
  .command('install')
  .description("install both providers into terraform's local plugin directory")
  .option('--dir <dir>', 'plugin directory (a filesystem mirror)')
  .action(async (options: { dir?: string }) => {
    const { defaultPluginDir, installAll, installNotes } = await import('./install.js');
    for (const path of installAll(options.dir ?? defaultPluginDir())) console.log(`installed ${path}`);
    for (const line of installNotes()) console.log(line);
  });

program
  .command('uninstall')
  .description("remove both providers from terraform's local plugin directory")
  .option('--dir <dir>', 'plugin directory (a filesystem mirror)')
  .action(async (options: { dir?: string }) => {
    const { defaultPluginDir, uninstallAll } = await import('./install.js');
    uninstallAll(options.dir ?? defaultPluginDir());
  });

program
  .command('schema')
  .description("print providers' schemas as `terraform providers schema -json` does")
  .argument('[providers...]', 'truenas | proxmox (default: both)')
  .action(async (names: string[]) => {
    const { isProviderName, loadProvider, PROVIDER_NAMES } = await import('../providers/registry.js');
    const wanted = names.length > 0 ? names : [...PROVIDER_NAMES];
    const unknown = wanted.filter((name) => !isProviderName(name));
    if (unknown.length > 0) program.error(`unknown provider "${unknown.join('", "')}": expected ${PROVIDER_NAMES.join(' or ')}`);
    const { providerSchemasJson } = await import('../framework/schema-json.js');
    const providers = await Promise.all(wanted.filter(isProviderName).map(loadProvider));
    console.log(JSON.stringify(await providerSchemasJson(providers), null, 2));
  });

program
  .command('demo')
  .description('apply examples/homelab and examples/homelab-plugin against the simulator lab, show the outputs and an empty second plan, then destroy')
  .option('--config <dir>', 'terraform configuration to apply instead of the examples')
  .action(async (options: { config?: string }) => {
    await (await import('./demo.js')).demo(options);
  });

program
  .command('discover')
  .description("write terraform import blocks for every object a provider manages on a server (settings from the provider's environment variables, read-only)")
  .argument('<provider>', 'truenas | proxmox')
  .option('--type <types...>', 'only these resource types, such as truenas_dataset')
  .option('--name <regex>', 'only objects whose name or import id matches')
  .option('--out <file>', 'write the import blocks to this file instead of stdout')
  .action(async (name: string, options: { type?: string[]; name?: string; out?: string }) => {
    const { isProviderName, PROVIDER_NAMES } = await import('../providers/registry.js');
    if (!isProviderName(name)) return program.error(`unknown provider "${name}": expected ${PROVIDER_NAMES.join(' or ')}`);
    const { type: types, ...rest } = options;
    await (await import('./discover.js')).discover(name, { ...rest, ...(types ? { types } : {}) });
  });

program
  .command('sweep')
  .description('remove what acceptance runs left on the servers in TRUEMOX_ACC_* (names or comments starting with the prefix)')
  .requiredOption('--prefix <prefix>', 'the prefix test objects carry, such as tfacc-')
  .option('--dry-run', 'list what would be removed, remove nothing')
  .action(async (options: { prefix: string; dryRun?: boolean }) => {
    await (await import('./sweep.js')).sweep(options);
  });

await program.parseAsync(process.argv);
