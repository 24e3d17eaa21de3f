/** Where a subscriber (projection, relay) keeps the global position it has fully handled. */
export interface CheckpointStore {
  load(name: string): Promise<bigint>;
  save(name: string, position: bigint): Promise<void>;
}

export const CHECKPOINT_STORE = Symbol('CheckpointStore');
