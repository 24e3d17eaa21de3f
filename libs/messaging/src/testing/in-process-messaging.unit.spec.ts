import { InProcessBus } from '../in-process/in-process-bus';
import type { ConsumerSubscription, MessageConsumer } from '../message-consumer.port';
import { describeMessagingContract } from './messaging.contract';

let topicCount = 0;

describeMessagingContract(InProcessBus.name, () => {
  const bus = new InProcessBus();
  const subscriptions: ConsumerSubscription[] = [];
  const consumer: MessageConsumer = {
    subscribe: async (options) => {
      const subscription = await bus.subscribe(options);
      subscriptions.push(subscription);
      return subscription;
    },
  };
  return Promise.resolve({
    publisher: bus,
    consumer,
    createTopic: () => Promise.resolve(`crm.contract-${++topicCount}.events.v1`),
    close: async () => {
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    },
  });
});
