import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

// The ceiling for bench:api: a bare Fastify route doing one SQLite insert (or one primary-key select)
// of the same JSON, with the same SQLite settings as our event store. No validation, no events, no auth.
const dataDir = process.env['BENCH_DATA_DIR'] ?? '.';
const database = new Database(join(dataDir, 'baseline.db'));
database.pragma('journal_mode = WAL');
database.pragma('synchronous = NORMAL');
database.exec('CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
const insert = database.prepare<[string, string]>('INSERT INTO items (id, body) VALUES (?, ?)');
const select = database.prepare<[string], { body: string }>('SELECT body FROM items WHERE id = ?');

const app = Fastify();
app.post('/items', async (request, reply) => {
  const id = randomUUID();
  const body = JSON.stringify({ id, ...(request.body as object) });
  insert.run(id, body);
  return reply.status(201).header('content-type', 'application/json').send(body);
});
app.get<{ Params: { id: string } }>('/items/:id', async (request, reply) => {
  const row = select.get(request.params.id);
  if (!row) return reply.status(404).send();
  return reply.header('content-type', 'application/json').send(row.body);
});
app.listen({ port: Number(process.env['PORT'] ?? 0), host: '127.0.0.1' }).then(
  () => process.send?.('ready'),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
