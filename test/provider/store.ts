// The test provider's "server": objects kept in a JSON file, so that they outlive the
// provider processes terraform starts and stops, and tests can inspect and change them.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface StoredThing {
  id: string;
  name: string;
  size: number;
  zone: string | null;
  secret: string | null;
  tags: Record<string, string> | null;
  created_at: string;
  revision: number;
  ports: { number: number; protocol: string }[];
  settings: { mode: string | null; level: number | null } | null;
}

interface StoreFile {
  nextId: number;
  things: Record<string, StoredThing>;
}

export class ThingStore {
  constructor(readonly path: string) {}

  read(): StoreFile {
    if (!existsSync(this.path)) return { nextId: 1, things: {} };
    return JSON.parse(readFileSync(this.path, 'utf8')) as StoreFile;
  }

  private write(file: StoreFile): void {
    writeFileSync(`${this.path}.tmp`, JSON.stringify(file, null, 2));
    renameSync(`${this.path}.tmp`, this.path);
  }

  get(id: string): StoredThing | undefined {
    return this.read().things[id];
  }

  findByName(name: string): StoredThing | undefined {
    return Object.values(this.read().things).find((t) => t.name === name);
  }

  create(fields: Omit<StoredThing, 'id' | 'created_at' | 'revision'>): StoredThing {
    const file = this.read();
    const thing: StoredThing = { ...fields, id: `thing-${file.nextId}`, created_at: new Date().toISOString(), revision: 1 };
    file.nextId += 1;
    file.things[thing.id] = thing;
    this.write(file);
    return thing;
  }

  update(id: string, fields: Partial<StoredThing>): StoredThing {
    const file = this.read();
    const existing = file.things[id];
    if (!existing) throw new Error(`thing ${id} does not exist`);
    const thing = { ...existing, ...fields, revision: existing.revision + 1 };
    file.things[id] = thing;
    this.write(file);
    return thing;
  }

  delete(id: string): void {
    const file = this.read();
    delete file.things[id];
    this.write(file);
  }
}
