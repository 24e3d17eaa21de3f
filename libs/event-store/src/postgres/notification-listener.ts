import { Client, escapeIdentifier } from 'pg';
import type { SubscriptionLogger } from '../subscription/subscription-settings';

const reconnectDelayMs = 1000;

/**
 * Holds one connection that LISTENs on the store's channel and calls `onNotify` for every NOTIFY an
 * append sends at commit, from this process or another. If the connection drops it reconnects; the
 * subscriptions' fallback poll covers the gap.
 */
export class NotificationListener {
  private client: Client | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly logger: SubscriptionLogger,
  ) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('notification', () => {
      this.onNotify();
    });
    client.on('error', (error) => {
      this.logger.error(`Listening on ${this.channel} failed; reconnecting`, error);
      this.scheduleReconnect(client);
    });
    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${escapeIdentifier(this.channel)}`);
    // Whatever was appended while we were not listening.
    this.onNotify();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  private scheduleReconnect(failed: Client): void {
    if (this.closed || this.client !== failed) return;
    this.client = undefined;
    void failed.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.start().catch((error: unknown) => {
        this.logger.error(`Reconnecting to listen on ${this.channel} failed`, error);
        if (this.client) this.scheduleReconnect(this.client);
      });
    }, reconnectDelayMs);
    this.reconnectTimer.unref();
  }
}
