import type { ConsumedMessage } from '../message';

export interface DeadLetter {
  readonly groupId: string;
  readonly message: ConsumedMessage;
  readonly error: string;
  readonly failedAt: string;
}

/** Where a store-fed consumer parks a message that still fails after its retries. */
export interface DeadLetterStore {
  record(deadLetter: DeadLetter): Promise<void>;
}
