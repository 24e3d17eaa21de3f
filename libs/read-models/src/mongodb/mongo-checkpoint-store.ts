import { mongo, type Connection } from 'mongoose';
import type { CheckpointStore } from '../checkpoint-store.port';
import { openMongoConnection, type MongoConnectionOptions } from './mongo-connection';

interface StoredCheckpoint {
  _id: string;
  position: mongo.Long;
}

const CHECKPOINT_COLLECTION = 'read_model_checkpoints';

/** Checkpoints as one document per subscriber; positions are 64-bit integers, read back without rounding. */
export class MongoCheckpointStore implements CheckpointStore {
  private readonly checkpoints: mongo.Collection<StoredCheckpoint>;

  private constructor(
    private readonly connection: Connection,
    private readonly ownsConnection: boolean,
  ) {
    const database = connection.db;
    if (!database) throw new Error('The mongoose connection is not open');
    this.checkpoints = database.collection<StoredCheckpoint>(CHECKPOINT_COLLECTION);
  }

  /** Opens its own connection (closed by `close`). */
  static async connect(url: string, options: MongoConnectionOptions = {}): Promise<MongoCheckpointStore> {
    return new MongoCheckpointStore(await openMongoConnection(url, options), true);
  }

  /** Uses a connection the caller owns and closes. */
  static fromConnection(connection: Connection): MongoCheckpointStore {
    return new MongoCheckpointStore(connection, false);
  }

  async load(name: string): Promise<bigint> {
    const stored = await this.checkpoints.findOne({ _id: name }, { promoteLongs: false });
    return stored ? BigInt(stored.position.toString()) : 0n;
  }

  async save(name: string, position: bigint): Promise<void> {
    await this.checkpoints.updateOne(
      { _id: name },
      { $set: { position: mongo.Long.fromBigInt(position) } },
      { upsert: true },
    );
  }

  async close(): Promise<void> {
    if (this.ownsConnection) await this.connection.close();
  }
}
