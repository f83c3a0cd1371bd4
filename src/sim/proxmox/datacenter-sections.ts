// Reading and writing the datacenter's section-config files the way their API handlers do:
// the written options of a request, `delete` lists (`delete_from_config` texts), and JSON typed
// by the create call's schema. Used by the backup/replication job, HA and metric-server handlers.
import type { RequestContext } from './engine.js';
import { listParam } from './engine.js';
import type { SimSection } from './datacenter-state.js';
import { die } from './pve-error.js';
import { sectionJson } from './sdn-sections.js';

/** Parameters that steer a call and are never stored. */
const CONTROL = new Set(['delete', 'digest', 'type', 'purge', 'force', 'keep']);

/** The options a request sets: every parameter but the section's id and the control ones. */
export function writtenOptions(ctx: RequestContext, idParam: string): SimSection {
  const out: SimSection = {};
  for (const [key, value] of Object.entries(ctx.params)) if (key !== idParam && !CONTROL.has(key)) out[key] = value;
  return out;
}

/**
 * SectionConfig's update loop: `delete` removes options (never a required one, never one set in
 * the same call), then the given values are set.
 */
export function applyOptions(section: SimSection, values: SimSection, params: Readonly<Record<string, string>>, required: readonly string[]): void {
  for (const key of listParam(params.delete)) {
    if (required.includes(key)) throw die(`unable to delete required option '${key}'`);
    if (values[key] !== undefined) throw die(`cannot set and delete property '${key}' at the same time!`);
    delete section[key];
  }
  Object.assign(section, values);
}

/** A section as JSON: integers and booleans as numbers, as the create call's schema types them. */
export function sectionOut(ctx: RequestContext, createPath: string, section: SimSection, extra: Record<string, unknown>): Record<string, unknown> {
  return { ...sectionJson(ctx, createPath, section), ...extra };
}

/** A comma list as its items, sorted (the set the HA and vzdump code keeps). */
export function sortedList(value: string | undefined): string[] {
  return [...new Set(listParam(value))].sort();
}
