// truenas_user and truenas_ssh_keypair where the server's handling differs from a plain
// round trip: a configured primary group outlives its user, the installer's (immutable) admin
// can be imported and changed, keys from file() keep their newline, a key pair's private key
// rotates in place, and turning SMB on without a new password is refused at plan time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateOpenSshKeyPair } from '../../src/sim/truenas/ssh-keys.js';
import { expectFailure, startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

const folded = (text: string): string => text.replace(/\s+/g, ' ');

describe('truenas: account edges', () => {
  let e2e: TrueNASE2e;
  before(async () => {
    e2e = await startTrueNASE2e();
  });
  after(async () => e2e?.close());

  it('keeps a configured primary group, updates the imported admin, keeps a key newline, rotates a key pair, says SMB needs a password', async () => {
    const first = generateOpenSshKeyPair('first');
    const second = generateOpenSshKeyPair('second');
    const admin = e2e.sim.state.users.list().find((u) => u.username === 'truenas_admin')!;
    const admins = e2e.sim.state.groups.list().find((g) => g.name === 'builtin_administrators')!;
    const hcl = (v: { carol: boolean; key: string; daveSmb: boolean }) => `
resource "truenas_dataset" "home" {
  name = "tank/home"
}
resource "truenas_group" "staff" {
  name = "staff"
  smb  = false
}
${
  v.carol
    ? `resource "truenas_user" "carol" {
  username  = "carol"
  full_name = "Carol"
  password  = "carol-pw-123"
  # A primary group this configuration manages: it must outlive carol.
  group_id  = truenas_group.staff.id
  home      = truenas_dataset.home.mountpoint
  sshpubkey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLE carol\\n"
}`
    : ''
}
resource "truenas_user" "dave" {
  username = "dave"
  full_name = "Dave"
  password = "dave-pw-123"
  smb      = ${v.daveSmb}
}
import {
  to = truenas_user.admin
  id = "${admin.id}"
}
resource "truenas_user" "admin" {
  username          = "truenas_admin"
  full_name         = "Local Administrator"
  home              = "/home/truenas_admin"
  smb               = false
  groups            = [${admins.id}]
  email             = "admin@example.net"
}
resource "truenas_ssh_keypair" "deploy" {
  name        = "deploy"
  private_key = ${JSON.stringify(v.key)}
}
`;
    e2e.config(hcl({ carol: true, key: first.privateKey, daveSmb: false }));
    await e2e.ws.apply();
    assert.equal(e2e.sim.state.users.get(admin.id)?.email, 'admin@example.net', 'the immutable admin took the update');
    assert.equal((await e2e.ws.planHasChanges()).changes, false, 'a key ending in a newline reads back as configured');
    const staff = e2e.sim.state.groups.list().find((g) => g.name === 'staff')!;

    // carol goes (she was staff's only member); the key pair gets a new private key.
    e2e.config(hcl({ carol: false, key: second.privateKey, daveSmb: false }));
    await e2e.ws.apply();
    assert.ok(e2e.sim.state.groups.get(staff.id), 'the configured primary group outlives its user');
    const deploy = await e2e.resource('truenas_ssh_keypair.deploy');
    assert.equal(String(deploy.values['public_key']).split(' ').slice(0, 2).join(' '), second.publicKey.split(' ').slice(0, 2).join(' '));
    assert.equal((await e2e.ws.planHasChanges()).changes, false);

    e2e.config(hcl({ carol: false, key: second.privateKey, daveSmb: true }));
    const refused = folded(await expectFailure(e2e.ws, ['plan']));
    assert.match(refused, /SMB needs a new password/);
    assert.match(refused, /Turning `smb` on needs the password to be set again/);

    e2e.config(hcl({ carol: false, key: second.privateKey, daveSmb: false }));
    await e2e.ws.expect(['destroy', '-auto-approve', '-no-color', '-input=false', '-target=truenas_user.dave']);
    assert.equal(
      e2e.sim.state.groups.list().some((g) => g.name === 'dave'),
      false,
      'the group made for a user without group_id goes with it',
    );
  });
});
