import type { DeadLetter, DeadLetterStore } from '@crm/messaging';
import type Database from 'better-sqlite3';

/** Standalone dead letters: kept in the gateway's SQLite file for an operator to inspect and replay. */
export class SqliteDeadLetterStore implements DeadLetterStore {
  constructor(private readonly database: Database.Database) {
    database.exec(`CREATE TABLE IF NOT EXISTS dead_letters (
      sequence INTEGER PRIMARY KEY AUTOINCREMENT, group_id TEXT NOT NULL, topic TEXT NOT NULL,
      message_id TEXT NOT NULL, message TEXT NOT NULL, error TEXT NOT NULL, failed_at TEXT NOT NULL)`);
  }

  record(deadLetter: DeadLetter): Promise<void> {
    this.database
      .prepare(
        'INSERT INTO dead_letters (group_id, topic, message_id, message, error, failed_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        deadLetter.groupId,
        deadLetter.message.topic,
        deadLetter.message.value.id,
        JSON.stringify(deadLetter.message),
        deadLetter.error,
        deadLetter.failedAt,
      );
    return Promise.resolve();
  }
}
