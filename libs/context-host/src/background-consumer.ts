import type { ConsumerOptions, ConsumerSubscription, MessageConsumer } from '@crm/messaging';
import { Logger } from '@nestjs/common';

const RETRY_MS = 2_000;

/**
 * Subscribes without holding up the start: joining a Kafka group waits out the session of a member
 * that died (kill -9) — up to its session timeout — and the service must answer TCP calls meanwhile.
 * A failed subscription is retried until it succeeds or the subscription is stopped.
 */
export class BackgroundConsumer implements MessageConsumer {
  private readonly logger = new Logger(BackgroundConsumer.name);

  private prepared: Promise<void> | undefined;

  /** `prepare` runs once before the first subscription (again after it failed), e.g. creating topics. */
  constructor(
    private readonly consumer: MessageConsumer,
    private readonly prepare: () => Promise<void> = () => Promise.resolve(),
  ) {}

  subscribe(options: ConsumerOptions): Promise<ConsumerSubscription> {
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    let current: Promise<ConsumerSubscription | undefined>;
    const attempt = (): Promise<ConsumerSubscription | undefined> =>
      this.preparedOnce()
        .then(() => this.consumer.subscribe(options))
        .catch((error: unknown) => {
          this.logger.warn(`${options.groupId}: subscribing failed, retrying: ${String(error)}`);
          if (!stopped)
            retry = setTimeout(() => {
              current = attempt();
            }, RETRY_MS);
          return undefined;
        });
    current = attempt();
    return Promise.resolve({
      stop: async () => {
        stopped = true;
        clearTimeout(retry);
        await (await current)?.stop();
      },
    });
  }

  private preparedOnce(): Promise<void> {
    this.prepared ??= this.prepare().catch((error: unknown) => {
      this.prepared = undefined;
      throw error;
    });
    return this.prepared;
  }
}
