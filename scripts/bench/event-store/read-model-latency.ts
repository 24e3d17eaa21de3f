import { randomUUID } from 'node:crypto';
import {
  CustomerCommandService,
  customerDirectoryProjection,
  type RegisterCustomerInput,
} from '@crm/customer';
import { PostgresEventStore } from '@crm/event-store';
import {
  MongoCheckpointStore,
  MongoDocumentStore,
  openMongoConnection,
  ProjectionRunner,
} from '@crm/read-models';
import { Pool } from 'pg';
import { benchEvent } from './bench-event';
import { createRawEventsTable, insertRawEvent } from './raw-insert';
import { runSteadyLoad, type SteadyLoadResult } from './steady-load';
import { VisibilityProbe } from './visibility-probe';

export interface ReadModelLatency {
  readonly ours: SteadyLoadResult;
  readonly floor: SteadyLoadResult;
}

export interface LatencyServers {
  readonly postgresUrl: string;
  readonly mongoUrl: string;
  /** A MongoDB database of this run only; dropped at the end. */
  readonly mongoDatabase: string;
}

interface FloorDocument {
  readonly _id: string;
  readonly data: unknown;
  readonly positions: readonly unknown[];
}

const TENANT = 'tenant-bench';
const VISIBILITY_TIMEOUT_MS = 30_000;
const WARM_UP_COMMANDS = 20;
const registration: RegisterCustomerInput = {
  customerType: 'company',
  name: 'Acme Industrial GmbH',
  email: 'sales@acme.example',
  address: { line1: 'Industriestrasse 12', city: 'Berlin', postalCode: '10115', country: 'DE' },
  channel: 'direct',
  tags: ['manufacturing', 'enterprise'],
};

/** Our pipeline at a steady rate, then the floor: the two writes any such pipeline needs, back to back. */
export async function measureReadModelLatency(
  servers: LatencyServers,
  ratePerSecond: number,
  durationMs: number,
): Promise<ReadModelLatency> {
  console.log(`  ours: RegisterCustomer at ${ratePerSecond}/s for ${durationMs / 1000} s...`);
  const ours = await measureOurPipeline(servers, ratePerSecond, durationMs);
  console.log(`  floor: INSERT + insertOne at ${ratePerSecond}/s for ${durationMs / 1000} s...`);
  const floor = await measureFloor(servers, ratePerSecond, durationMs);
  return { ours, floor };
}

// RegisterCustomer through the customer context's command service into our PostgreSQL store, and the
// customer-directory projection tailing that store into MongoDB (FerretDB) through our runner.
async function measureOurPipeline(
  servers: LatencyServers,
  ratePerSecond: number,
  durationMs: number,
): Promise<SteadyLoadResult> {
  const { postgresUrl, mongoUrl, mongoDatabase } = servers;
  const eventStore = await PostgresEventStore.create(postgresUrl, { schema: 'bench_latency' });
  const documents = new VisibilityProbe(
    await MongoDocumentStore.connect(mongoUrl, { database: mongoDatabase }),
  );
  const checkpoints = await MongoCheckpointStore.connect(mongoUrl, { database: mongoDatabase });
  const runner = new ProjectionRunner({
    projection: customerDirectoryProjection,
    eventStore,
    documents,
    checkpoints,
  });
  const commands = new CustomerCommandService(eventStore, { minVersionWaitMs: 2000 });
  const registerAndAwaitDocument = async (): Promise<number> => {
    const metadata = {
      tenantId: TENANT,
      actor: 'user-bench',
      correlationId: randomUUID(),
      causationId: randomUUID(),
    };
    const { customer } = await commands.register(registration, { metadata });
    return documents.whenVisible(TENANT, customer.id, VISIBILITY_TIMEOUT_MS);
  };
  try {
    await runner.start();
    for (let index = 0; index < WARM_UP_COMMANDS; index++) await registerAndAwaitDocument();
    return await runSteadyLoad(ratePerSecond, durationMs, registerAndAwaitDocument);
  } finally {
    await runner.stop();
    await eventStore.close();
    await checkpoints.close();
    await documents.close();
  }
}

async function measureFloor(
  servers: LatencyServers,
  ratePerSecond: number,
  durationMs: number,
): Promise<SteadyLoadResult> {
  const pool = new Pool({ connectionString: servers.postgresUrl, max: 10 });
  const connection = await openMongoConnection(servers.mongoUrl, { database: servers.mongoDatabase });
  const documents = connection.db?.collection<FloorDocument>('bench_floor');
  if (!documents) throw new Error('The MongoDB connection is not open');
  const insertBoth = async (): Promise<number> => {
    const event = benchEvent();
    await insertRawEvent(pool, event, `bench.floor-${event.id}`, 1);
    await documents.insertOne({ _id: `${TENANT}:${event.id}`, data: event.data, positions: [] });
    return performance.now();
  };
  try {
    await createRawEventsTable(pool);
    for (let index = 0; index < WARM_UP_COMMANDS; index++) await insertBoth();
    return await runSteadyLoad(ratePerSecond, durationMs, insertBoth);
  } finally {
    await pool.end();
    await connection.close();
  }
}
