// Rule lists converge to the wanted order against the simulator's real position semantics (new
// rules on top, `moveto` before the rule at that position, digests), and missing firewall
// objects read as gone, in-process through the client.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isNotFound, ProxmoxApiError, type RuleScope } from '../../../src/clients/proxmox/index.js';
import { storedRule, wantedRule, type RuleModel } from '../../../src/providers/proxmox/shared/firewall-rule-model.js';
import { nextRuleStep, syncRules } from '../../../src/providers/proxmox/shared/firewall-rule-sync.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';

function rule(comment: string, fields: Partial<RuleModel> = {}): RuleModel {
  const base: RuleModel = {
    type: 'in',
    action: 'ACCEPT',
    macro: null,
    iface: null,
    source: null,
    dest: null,
    proto: 'tcp',
    dport: null,
    sport: null,
    icmp_type: null,
    log: null,
    comment,
    enabled: null,
  };
  return { ...base, ...fields };
}

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

async function comments(scope: RuleScope): Promise<Array<string | undefined>> {
  return (await h.client.firewall.rules(scope)).map((r) => r.comment);
}

describe('rule list convergence', () => {
  const cluster: RuleScope = { kind: 'cluster' };
  const orders: string[][] = [['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'], ['b', 'd', 'a', 'c'], ['c', 'a'], ['e', 'c', 'a', 'f'], [], ['a', 'a', 'b']];
  for (const order of orders) {
    it(`reaches [${order.join(', ')}] from the previous list`, async () => {
      const listed = await syncRules(
        h.client,
        cluster,
        order.map((c) => wantedRule(rule(c))),
      );
      assert.deepEqual(
        listed.map((r) => r.comment),
        order,
      );
      assert.deepEqual(await comments(cluster), order);
    });
  }

  it('puts back a rule changed, added and moved outside Terraform', async () => {
    const wanted = ['one', 'two', 'three'].map((c) => wantedRule(rule(c, { dport: '22' })));
    await syncRules(h.client, cluster, wanted);
    const rules = h.sim.state.firewall.cluster.rules;
    rules[1] = { ...rules[1], dport: '2222' };
    rules.unshift({ type: 'in', action: 'DROP', enable: '1', comment: 'intruder' });
    rules.push(rules.splice(1, 1)[0] ?? {});
    await syncRules(h.client, cluster, wanted);
    const after = await h.client.firewall.rules(cluster);
    assert.deepEqual(
      after.map((r) => [r.comment, r.dport]),
      [
        ['one', '22'],
        ['two', '22'],
        ['three', '22'],
      ],
    );
  });

  it('sends enable and deletes fields the wanted rule has not', async () => {
    await syncRules(h.client, cluster, [wantedRule(rule('x', { dport: '80', log: 'info', enabled: false }))]);
    assert.deepEqual(h.sim.state.firewall.cluster.rules, [{ type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '80', log: 'info', comment: 'x', enable: '0' }]);
    await syncRules(h.client, cluster, [wantedRule(rule('y', { macro: 'ssh', proto: null }))]);
    assert.deepEqual(h.sim.state.firewall.cluster.rules, [{ type: 'in', action: 'ACCEPT', macro: 'SSH', comment: 'y', enable: '1' }]);
  });

  it('plans one step at a time: reuse, delete, create, move', () => {
    const r = (c: string) => wantedRule(rule(c));
    assert.deepEqual(nextRuleStep([r('a'), r('x')], [r('a'), r('b')]), { op: 'update', pos: 1, rule: r('b'), remove: [] });
    assert.deepEqual(nextRuleStep([r('a'), r('x'), r('y')], [r('a')]), { op: 'delete', pos: 2 });
    assert.deepEqual(nextRuleStep([r('a')], [r('a'), r('b')]), { op: 'create', rule: r('b') });
    assert.deepEqual(nextRuleStep([r('b'), r('a')], [r('a'), r('b')]), { op: 'move', pos: 1, moveto: 0 });
    assert.equal(nextRuleStep([r('a'), r('b')], [r('a'), r('b')]), undefined);
  });
});

describe('the simulator answers as pve-firewall does', () => {
  const vm: RuleScope = { kind: 'guest', node: 'pve', vmid: 100, guest: 'qemu' };

  it('refuses a stale digest and a position past the end', async () => {
    await h.client.firewall.createRule(vm, { type: 'in', action: 'ACCEPT', comment: 'first' });
    await assert.rejects(
      h.client.firewall.deleteRule(vm, 0, { digest: '0'.repeat(40) }),
      (err: unknown) => err instanceof ProxmoxApiError && /detected modified configuration - file changed by other user\? Try again\./.test(err.serverMessage),
    );
    await assert.rejects(
      h.client.firewall.updateRule(vm, 5, { comment: 'x' }),
      (err: unknown) => err instanceof ProxmoxApiError && /^no rule at position 5/.test(err.serverMessage),
    );
    const [listed] = await h.client.firewall.rules(vm);
    assert.equal(listed?.enable, 0, 'a rule created without enable is disabled');
    assert.deepEqual(storedRule(listed!), { type: 'in', action: 'ACCEPT', comment: 'first', enable: 0 });
  });

  it('refuses references to IP sets and aliases that do not exist, naming the parameter', async () => {
    await assert.rejects(
      h.client.firewall.createRule(vm, { type: 'in', action: 'ACCEPT', source: '+nosuchset' }),
      (err: unknown) => err instanceof ProxmoxApiError && err.status === 400 && err.errors.source === "no such ipset 'nosuchset'",
    );
    await assert.rejects(
      h.client.firewall.createRule(vm, { type: 'in', action: 'ACCEPT', dest: 'nosuchalias' }),
      (err: unknown) => err instanceof ProxmoxApiError && err.status === 400 && err.errors.dest === "no such alias 'nosuchalias'",
    );
    await assert.rejects(
      h.client.firewall.createRule(vm, { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '99999' }),
      (err: unknown) => err instanceof ProxmoxApiError && err.status === 400 && err.errors.dport === "invalid format - invalid port '99999'",
    );
  });

  it('missing aliases, IP sets, entries and groups read as gone', async () => {
    const fw = h.client.firewall;
    for (const read of [
      () => fw.alias({ kind: 'cluster' }, 'nope'),
      () => fw.ipsetEntries({ kind: 'cluster' }, 'nope'),
      () => fw.rules({ kind: 'group', group: 'nope' }),
      async () => {
        await fw.createIpset({ kind: 'cluster' }, 'present');
        return fw.updateIpsetEntry({ kind: 'cluster' }, 'present', '10.0.0.0/8', { comment: 'x' });
      },
    ]) {
      await assert.rejects(read(), (err: unknown) => isNotFound(err));
    }
  });

  it('stores IP set entries cleaned and names lowercased, and refuses to delete a non-empty group', async () => {
    const fw = h.client.firewall;
    await fw.createIpset({ kind: 'cluster' }, 'Mixed');
    await fw.addIpsetEntry({ kind: 'cluster' }, 'mixed', { cidr: '10.1.2.3/16' });
    assert.deepEqual(
      (await fw.ipsetEntries({ kind: 'cluster' }, 'mixed')).map((e) => e.cidr),
      ['10.1.0.0/16'],
    );
    await fw.createGroup('Web');
    await fw.createRule({ kind: 'group', group: 'web' }, { type: 'in', action: 'ACCEPT', macro: 'HTTP' });
    await assert.rejects(
      fw.deleteGroup('web'),
      (err: unknown) => err instanceof ProxmoxApiError && /Security group 'web' is not empty/.test(err.serverMessage),
    );
  });
});
