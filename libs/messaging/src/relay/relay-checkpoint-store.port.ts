/**
 * Where a relay keeps the global position it has published. The same shape as the read-models
 * CheckpointStore (so SqliteCheckpointStore fits), declared here because messaging may not depend on
 * read-models.
 */
export interface RelayCheckpointStore {
  load(name: string): Promise<bigint>;
  save(name: string, position: bigint): Promise<void>;
}
