// The shape of the committed TrueNAS role tables (scripts/derive-truenas-roles.ts).
import type { TrueNASRelease } from './releases.js';

/** One role of middlewared/role.py: the roles it includes, and whether it grants every method. */
export interface RoleDefinition {
  readonly includes: readonly string[];
  readonly full_admin?: true;
}

export interface ReleaseRoles {
  readonly source: string;
  readonly source_commit: string;
  readonly roles: Readonly<Record<string, RoleDefinition>>;
}

export interface RoleTables {
  readonly derived_by: string;
  readonly releases: Readonly<Record<TrueNASRelease, ReleaseRoles>>;
}
