// data "truenas_cloudsync_tasks", "truenas_rsync_tasks", "truenas_cloud_backups": every backup
// task of a kind, sorted by description (the shared list shape of lists.ts), with the fields a
// configuration refers to; schedules as crontab lines. Secrets (encryption passwords, restic
// passwords) are left out.
import { ty } from '../../../framework/type-spec.js';
import { fromSchedule } from '../shared/schedule.js';
import { listDataSource } from './lists.js';

const common = {
  id: ty.number,
  description: ty.string,
  path: ty.string,
  credentials: ty.number,
  bucket: ty.string,
  folder: ty.string,
  schedule: ty.string,
  enabled: ty.bool,
};

/** A cloud task row's shared fields, flat. */
const cloudFields = (row: {
  id: number;
  description: string;
  path: string;
  credentials: { id: number };
  attributes: { bucket?: string; folder?: string };
  schedule: Parameters<typeof fromSchedule>[0];
  enabled: boolean;
}) => ({
  id: row.id,
  description: row.description,
  path: row.path,
  credentials: row.credentials.id,
  bucket: row.attributes.bucket ?? null,
  folder: row.attributes.folder ?? null,
  schedule: fromSchedule(row.schedule),
  enabled: row.enabled,
});

export const cloudsyncTasksDataSource = listDataSource('truenas_cloudsync_tasks', {
  what: 'cloud sync task',
  plural: 'cloud sync tasks',
  nameField: 'description',
  item: { ...common, direction: ty.string, transfer_mode: ty.string, encryption: ty.bool },
  fetch: async (client) =>
    (await client.protection.cloudSyncTasks.query()).map((row) => ({
      ...cloudFields(row),
      direction: row.direction,
      transfer_mode: row.transfer_mode,
      encryption: row.encryption,
    })),
  example: ['offsite', '^offsite'],
});

export const cloudBackupsDataSource = listDataSource('truenas_cloud_backups', {
  what: 'cloud backup task',
  nameField: 'description',
  item: { ...common, keep_last: ty.number, transfer_setting: ty.string },
  fetch: async (client) =>
    (await client.protection.cloudBackups.query()).map((row) => ({ ...cloudFields(row), keep_last: row.keep_last, transfer_setting: row.transfer_setting })),
  example: ['all'],
});

export const rsyncTasksDataSource = listDataSource('truenas_rsync_tasks', {
  what: 'rsync task',
  nameField: 'description',
  item: {
    id: ty.number,
    description: ty.string,
    path: ty.string,
    user: ty.string,
    mode: ty.string,
    direction: ty.string,
    remotehost: ty.string,
    remotemodule: ty.string,
    remotepath: ty.string,
    ssh_credentials: ty.number,
    schedule: ty.string,
    enabled: ty.bool,
  },
  fetch: async (client) =>
    (await client.protection.rsyncTasks.query()).map((row) => ({
      id: row.id,
      description: row.desc,
      path: row.path,
      user: row.user,
      mode: row.mode,
      direction: row.direction,
      remotehost: row.remotehost,
      remotemodule: row.remotemodule,
      remotepath: row.remotepath,
      ssh_credentials: row.ssh_credentials?.id ?? null,
      schedule: fromSchedule(row.schedule),
      enabled: row.enabled,
    })),
  example: ['all'],
});
