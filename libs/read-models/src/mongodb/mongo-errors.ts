import { mongo } from 'mongoose';

const DUPLICATE_KEY = 11000;

/** The unique `_id` refused an insert: another writer created the document first. */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY;
}
