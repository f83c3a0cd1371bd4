// Choosing ids for new VMs and containers so that parallel creates never collide.
// `/cluster/nextid` answers the lowest free id but reserves nothing (pve-manager
// PVE/API2/Cluster.pm, nextid), so thirty creates planned at once all hear the same number.
// Within one provider process the allocator hands out each id once until its create is done;
// across processes a create that still loses the race retries with a new id (create-guest.ts).

/** What the allocator asks the server: the lowest free id, or whether `vmid` is free (throws if not). */
export interface NextIdSource {
  nextId(vmid?: number): Promise<number>;
}

/** An inclusive range of ids to draw from at random (the `vmid_range` provider setting). */
export interface VmidRange {
  readonly min: number;
  readonly max: number;
}

/** Parses `vmid_range` as "MIN-MAX" (100 to 999999999, MIN <= MAX); undefined when it is not one. */
export function parseVmidRange(text: string): VmidRange | undefined {
  const match = /^(\d+)-(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = Number(match[2]);
  return min >= 100 && max <= 999_999_999 && min <= max ? { min, max } : undefined;
}

/** How many candidates to try before giving up: taken ids are skipped one by one. */
const MAX_CANDIDATES = 200;

export class VmidAllocator {
  /** Ids handed out (or given explicitly) whose create has not finished. */
  private readonly inFlight = new Set<number>();
  /** Serialises allocations: choosing and reserving an id must not interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly server: NextIdSource,
    private readonly range?: VmidRange,
    private readonly random: () => number = Math.random,
  ) {}

  /** A free id, reserved in this process until `release`. */
  allocate(): Promise<number> {
    const next = this.queue.then(() => this.choose());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Marks an id the user chose as in flight, so no allocation hands it out meanwhile. */
  hold(vmid: number): void {
    this.inFlight.add(vmid);
  }

  release(vmid: number): void {
    this.inFlight.delete(vmid);
  }

  private async choose(): Promise<number> {
    // The server vouches for the id /cluster/nextid answers; any other candidate is asked about.
    let candidate = this.range === undefined ? await this.server.nextId() : this.randomCandidate();
    let vouched = this.range === undefined;
    for (let tries = 0; tries < MAX_CANDIDATES; tries++) {
      if (!this.inFlight.has(candidate) && (vouched || (await this.isFree(candidate)))) {
        this.inFlight.add(candidate);
        return candidate;
      }
      candidate = this.range === undefined ? candidate + 1 : this.randomCandidate();
      vouched = false;
    }
    const where = this.range === undefined ? 'after the one /cluster/nextid answered' : `in vmid_range ${this.range.min}-${this.range.max}`;
    throw new Error(`No free VM id found ${where} after ${MAX_CANDIDATES} tries.`);
  }

  private randomCandidate(): number {
    const { min, max } = this.range ?? { min: 100, max: 999_999_999 };
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private async isFree(vmid: number): Promise<boolean> {
    try {
      return (await this.server.nextId(vmid)) === vmid;
    } catch (error) {
      if (error instanceof Error && /already exists|is not free|already in use/i.test(error.message)) return false;
      throw error;
    }
  }
}
