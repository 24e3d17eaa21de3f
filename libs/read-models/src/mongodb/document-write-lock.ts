import { randomUUID } from 'node:crypto';
import type { mongo } from 'mongoose';
import { isDuplicateKeyError } from './mongo-errors';

interface LockDocument {
  _id: string;
  token: string;
  acquiredAt: Date;
}

export interface DocumentWriteLockOptions {
  /** How long to wait for a busy lock before giving up. */
  readonly waitMs?: number;
  /** A lock older than this is taken to belong to a crashed writer and is broken. */
  readonly staleMs?: number;
}

/**
 * A per-document mutex made of a unique `_id` insert and a delete. FerretDB 1.x executes
 * `updateOne({ _id, revision })` as a read then an unconditional write by `_id`, so two writers can both
 * "match" the same revision; holding this lock around the conditional update makes it a real
 * compare-and-set. Inserts need no lock: the unique `_id` already lets exactly one win.
 */
export class DocumentWriteLock {
  private readonly waitMs: number;
  private readonly staleMs: number;

  constructor(
    private readonly locks: mongo.Collection<LockDocument>,
    options: DocumentWriteLockOptions = {},
  ) {
    this.waitMs = options.waitMs ?? 10_000;
    this.staleMs = options.staleMs ?? 30_000;
  }

  async holding<T>(key: string, work: () => Promise<T>): Promise<T> {
    const token = await this.acquire(key);
    try {
      return await work();
    } finally {
      await this.locks.deleteOne({ _id: key, token });
    }
  }

  private async acquire(key: string): Promise<string> {
    const token = randomUUID();
    const deadline = Date.now() + this.waitMs;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.locks.insertOne({ _id: key, token, acquiredAt: new Date() });
        return token;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      await this.breakIfStale(key);
      if (Date.now() > deadline)
        throw new Error(`Write lock on ${key} is busy for more than ${this.waitMs} ms`);
      await pause(Math.min(2 + attempt * 2, 25) * (0.5 + Math.random()));
    }
  }

  private async breakIfStale(key: string): Promise<void> {
    const holder = await this.locks.findOne({ _id: key });
    if (holder && Date.now() - holder.acquiredAt.getTime() > this.staleMs) {
      // Conditional on the holder's token: of several breakers, one deletes and the others match nothing.
      await this.locks.deleteOne({ _id: key, token: holder.token });
    }
  }
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
