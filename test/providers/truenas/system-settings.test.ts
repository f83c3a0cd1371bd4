// System settings in process: every plan-time refusal names its attribute (table cases run the
// resources' validateConfig), the spellings the server changes, the alert service field table,
// and the simulator's defaults and checks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ObjectView } from '../../../src/framework/object-view.js';
import type { Value } from '../../../src/values/types.js';
import { UNKNOWN } from '../../../src/values/types.js';
import { canonicalInterface, compactSpelling, staticRouteResource } from '../../../src/providers/truenas/resources/static-route.js';
import { ntpServerResource } from '../../../src/providers/truenas/resources/ntp-server.js';
import { tunableResource } from '../../../src/providers/truenas/resources/tunable.js';
import { ftpConfigResource } from '../../../src/providers/truenas/resources/ftp-config.js';
import { ALERT_SERVICE_FIELDS, alertServiceResource } from '../../../src/providers/truenas/resources/alert-service.js';
import { explodedInterface } from '../../../src/sim/truenas/ip-network.js';
import { withDefaults } from '../../../src/sim/truenas/methods/system-settings.js';
import { TrueNASApiSchema } from '../../../src/sim/truenas/schema/api-schema.js';

interface Hooked {
  readonly validateConfig?: (ctx: { config: ObjectView; error(path: unknown, summary: string, detail?: string): void; warn(): void }) => void;
}

/** The attributes validateConfig blames for this configuration. */
function blamed(resource: Hooked, config: Record<string, Value>): string[] {
  const errors: string[] = [];
  resource.validateConfig?.({ config: new ObjectView(config), error: (path) => errors.push(String(path)), warn: () => {} });
  return errors;
}

describe('plan-time refusals name the attribute', () => {
  const cases: [string, Hooked, Record<string, Value>, string[]][] = [
    ['route families differ', staticRouteResource, { destination: '10.0.0.0/8', gateway: 'fd00::1' }, ['gateway']],
    ['route families agree', staticRouteResource, { destination: 'fd00:20::/64', gateway: 'fd00::1' }, []],
    ['route gateway unknown yet', staticRouteResource, { destination: '10.0.0.0/8', gateway: UNKNOWN }, []],
    ['maxpoll not above minpoll', ntpServerResource, { minpoll: 10, maxpoll: 10 }, ['maxpoll']],
    ['poll intervals in order', ntpServerResource, { minpoll: 4, maxpoll: 10 }, []],
    ['udev rule named truenas', tunableResource, { type: 'UDEV', var: '10-truenas', update_initramfs: null }, ['var']],
    ['sysctl without dots', tunableResource, { type: 'SYSCTL', var: 'swappiness', update_initramfs: null }, ['var']],
    ['zfs parameter with dots', tunableResource, { type: 'ZFS', var: 'zfs.arc', update_initramfs: null }, ['var']],
    ['update_initramfs on a sysctl (a warning only)', tunableResource, { type: 'SYSCTL', var: 'vm.swappiness', update_initramfs: true }, []],
    ['a zfs parameter', tunableResource, { type: 'ZFS', var: 'zfs_arc_max', update_initramfs: false }, []],
    ['ftp anonpath without onlyanonymous', ftpConfigResource, { anonpath: '/mnt/tank/pub', onlyanonymous: null }, ['anonpath']],
    ['ftp anonpath with onlyanonymous false', ftpConfigResource, { anonpath: '/mnt/tank/pub', onlyanonymous: false }, ['anonpath']],
    ['ftp anonpath with onlyanonymous', ftpConfigResource, { anonpath: '/mnt/tank/pub', onlyanonymous: true }, []],
    ['ftp onlyanonymous unknown yet', ftpConfigResource, { anonpath: '/mnt/tank/pub', onlyanonymous: UNKNOWN }, []],
  ];
  for (const [name, resource, config, expected] of cases) it(name, () => assert.deepEqual(blamed(resource, config), expected));

  const settings = (type: string, set: Record<string, Value>) => {
    const all: Record<string, Value> = { type };
    for (const fields of Object.values(ALERT_SERVICE_FIELDS)) for (const field of [...fields.required, ...fields.optional]) all[field] = null;
    return { ...all, ...set };
  };
  it('an alert service without a setting its type needs', () => assert.deepEqual(blamed(alertServiceResource, settings('Slack', {})), ['url']));
  it('an alert service with a setting of another type', () =>
    assert.deepEqual(blamed(alertServiceResource, settings('Mail', { bot_token: 'x', email: 'a@b.c' })), ['bot_token']));
  it('a complete Telegram service', () => assert.deepEqual(blamed(alertServiceResource, settings('Telegram', { bot_token: 'x', chat_ids: [1] })), []));
});

describe('truenas_tunable values', () => {
  /** The attributes the plan against a server of `version` blames. */
  async function planErrors(version: string, value: Value): Promise<string[]> {
    const errors: string[] = [];
    const hook = tunableResource.modifyPlan as unknown as (ctx: object) => Promise<void>;
    await hook({
      config: new ObjectView({ type: 'UDEV', var: '99-long', value }),
      provider: { client: { serverVersion: async () => version } },
      error: (path: string) => errors.push(path),
    });
    return errors;
  }

  it('takes a value longer than 1024 characters from 25.10 on', async () => {
    const long = `# ${'x'.repeat(2000)}`;
    assert.deepEqual(tunableResource.schema.attributes.value.validators ?? [], []);
    assert.deepEqual(await planErrors('25.10.1', long), []);
    assert.deepEqual(await planErrors('25.04.2.6', long), ['value']);
    assert.deepEqual(await planErrors('25.04.2.6', 'x'.repeat(1024)), []);
  });

  it('warns that update_initramfs is ignored for a sysctl', () => {
    const warnings: string[] = [];
    tunableResource.validateConfig?.({
      config: new ObjectView({ type: 'SYSCTL', var: 'vm.swappiness', update_initramfs: true }),
      error: () => assert.fail('refused'),
      warn: (path: unknown) => warnings.push(String(path)),
    } as never);
    assert.deepEqual(warnings, ['update_initramfs']);
  });
});

describe('truenas_static_route destinations', () => {
  const destinationCheck = staticRouteResource.schema.attributes.destination.validators?.[0];
  /** The attributes the plan against a server of `version` blames. */
  async function planErrors(version: string, destination: Value): Promise<string[]> {
    const errors: string[] = [];
    const hook = staticRouteResource.modifyPlan as unknown as (ctx: object) => Promise<void>;
    await hook({
      config: new ObjectView({ destination, gateway: '10.0.0.1' }),
      provider: { client: { serverVersion: async () => version } },
      error: (path: string) => errors.push(path),
    });
    return errors;
  }

  it('takes an address alone, as ip_interface does', () => {
    assert.ok(destinationCheck);
    for (const text of ['10.1.2.3', 'fd00::5', '10.20.0.0/16']) assert.equal(destinationCheck.validate(text), undefined, text);
    assert.notEqual(destinationCheck.validate('10.1.2.3/33'), undefined);
  });

  it('refuses host bits at plan against 25.04 only', async () => {
    assert.deepEqual(await planErrors('25.04.2.6', '10.20.0.5/16'), ['destination']);
    assert.deepEqual(await planErrors('25.04.2.6', '10.20.0.0/16'), []);
    assert.deepEqual(await planErrors('25.04.2.6', '10.1.2.3'), []);
    assert.deepEqual(await planErrors('25.10.1', '10.20.0.5/16'), []);
  });
});

describe('spellings the server changes', () => {
  it('static routes: Python exploded form in the simulator, one canonical form in the provider', () => {
    assert.deepEqual(explodedInterface('fd00:20::/64'), { text: 'fd00:0020:0000:0000:0000:0000:0000:0000/64', family: 6 });
    assert.deepEqual(explodedInterface('10.1.2.3'), { text: '10.1.2.3/32', family: 4 });
    assert.equal(explodedInterface('10.1.2.3/33'), null);
    assert.equal(explodedInterface('nas.lan'), null);
    assert.equal(canonicalInterface('fd00:0020:0000:0000:0000:0000:0000:0000/64'), canonicalInterface('fd00:20::/64'));
    assert.equal(canonicalInterface('10.1.2.3'), '10.1.2.3/32');
    assert.notEqual(canonicalInterface('10.1.2.0/24'), canonicalInterface('10.1.2.0/25'));
    assert.equal(compactSpelling('fd00:0000:0000:0000:0000:0000:0000:0001'), 'fd00::1');
    assert.equal(compactSpelling('fd00:0020:0000:0000:0000:0000:0000:0000/64'), 'fd00:20::/64');
    assert.equal(compactSpelling('10.0.0.0/8'), '10.0.0.0/8');
  });
});

describe('the alert service field table matches every release schema', () => {
  for (const release of ['25.10.6', '26.0.0-beta3'] as const) {
    it(release, async () => {
      const schema = await TrueNASApiSchema.forRelease(release);
      const members = schema.method('alertservice.create')?.accepts.prefixItems?.[0]?.properties?.['attributes']?.oneOf ?? [];
      const fromSchema = Object.fromEntries(
        members.map((m) => [
          String(m.properties?.['type']?.const),
          {
            required: (m.required ?? []).filter((f) => f !== 'type').sort(),
            optional: Object.keys(m.properties ?? {})
              .filter((f) => f !== 'type' && !(m.required ?? []).includes(f))
              .sort(),
          },
        ]),
      );
      const ours = Object.fromEntries(
        Object.entries(ALERT_SERVICE_FIELDS).map(([type, f]) => [type, { required: [...f.required].sort(), optional: [...f.optional].sort() }]),
      );
      assert.deepEqual(ours, fromSchema);
    });
  }
});

describe('simulator rows start from the create schema defaults', () => {
  it('fills top-level, nested and union-member defaults', async () => {
    const schema = await TrueNASApiSchema.forRelease('25.04.2.6');
    const exporter = schema.method('reporting.exporters.create')?.accepts.prefixItems?.[0];
    const row = withDefaults(exporter, {
      name: 'g',
      enabled: true,
      attributes: { exporter_type: 'GRAPHITE', destination_ip: 'x', destination_port: 2003, namespace: 'n' },
    });
    assert.deepEqual((row as { attributes: unknown }).attributes, {
      exporter_type: 'GRAPHITE',
      destination_ip: 'x',
      destination_port: 2003,
      namespace: 'n',
      prefix: 'scale',
      update_every: 1,
      buffer_on_failures: 10,
      send_names_instead_of_ids: true,
      matching_charts: '*',
    });
    const cron = withDefaults(schema.method('cronjob.create')?.accepts.prefixItems?.[0], { user: 'root', command: 'true' }) as Record<string, unknown>;
    assert.deepEqual(cron['schedule'], { minute: '00', hour: '*', dom: '*', month: '*', dow: '*' });
    assert.equal(cron['stdout'], true);
  });
});
