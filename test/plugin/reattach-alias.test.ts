// Which configurations the test workspaces may serve from their running (reattached) providers:
// not those with a provider alias (one process holds one configured client), while a resource's
// own `alias` attribute changes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesProviderAlias } from '../helpers/terraform.js';

const cases: ReadonlyArray<readonly [string, string, boolean]> = [
  ['an alias in a provider block', 'provider "truenas" {\n  alias    = "nas"\n  endpoint = "x"\n}\n', true],
  ['an alias in a one-line provider block', 'provider "truenas" { alias = "nas" }\n', true],
  ['an alias after a nested block', 'provider "proxmox" {\n  ssh {\n    agent = true\n  }\n  alias = "b"\n}\n', true],
  ['an iSCSI target alias', 'resource "truenas_iscsi_target" "vm" {\n  name  = "vm"\n  alias = "VM 100"\n}\nprovider "truenas" {}\n', false],
  ['alias inside a nested block of a provider', 'provider "proxmox" {\n  ssh {\n    alias = "x"\n  }\n}\n', false],
  ['no provider block', 'resource "proxmox_sdn_vnet" "v" {\n  alias = "servers"\n}\n', false],
];

for (const [name, text, expected] of cases) {
  test(`provider alias detection: ${name}`, () => {
    assert.equal(namesProviderAlias(text), expected);
  });
}
