// service, system, pool and disk entries.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

export const serviceSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    service: z.string(),
    enable: z.boolean(),
    state: z.string(),
    pids: z.array(z.number()),
  }),
);
export type Service = z.output<typeof serviceSchema>;

/** Extended JSON `{"$date": ms}` on the WebSockets; REST may send an ISO string or a number. */
const date = lazySchema(() => z.union([z.object({ $date: z.number() }).transform((d) => d.$date), z.string(), z.number()]).transform((d) => new Date(d)));

export const systemInfoSchema = lazySchema(() =>
  z.object({
    version: z.string(),
    hostname: z.string(),
    physmem: z.number(),
    model: z.string(),
    cores: z.number(),
    uptime_seconds: z.number(),
    system_serial: z.string().nullable(),
    system_product: z.string().nullable(),
    boottime: date,
    timezone: z.string(),
  }),
);
export type SystemInfo = z.output<typeof systemInfoSchema>;

export const poolSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    guid: z.string(),
    status: z.string(),
    path: z.string(),
    healthy: z.boolean(),
    size: z.number().nullable(),
    allocated: z.number().nullable(),
    free: z.number().nullable(),
    /** The vdevs by role, each with libzfs's type upper-cased (`DRAID`, `RAIDZ1`, `MIRROR`, `DISK`); null while unavailable. */
    topology: z
      .object({ data: z.array(z.object({ type: z.string() }).loose()), special: z.array(z.object({ type: z.string() }).loose()).optional() })
      .loose()
      .nullable()
      .optional(),
  }),
);
export type Pool = z.output<typeof poolSchema>;

export const diskSchema = lazySchema(() =>
  z.object({
    identifier: z.string(),
    name: z.string(),
    serial: z.string(),
    size: z.number().nullable(),
    type: z.string().nullable(),
    model: z.string().nullable(),
    pool: z.string().nullable().optional(),
  }),
);
export type Disk = z.output<typeof diskSchema>;
