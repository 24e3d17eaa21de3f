import { describeWithServer } from '@crm/test-servers';
import { MessageInbox, buildMessage } from '../testing/message-inbox';
import { describeMessagingContract } from '../testing/messaging.contract';
import { DeadLetterHeaders, deadLetterTopic } from '../topics';
import { KafkaConsumerRunner } from './kafka-consumer-runner';
import { KafkaPublisher } from './kafka-publisher';
import { headersToStrings } from './kafka-record';
import { KafkaTestTopics } from './kafka-test-topics';
import { ensureTopics } from './kafka-topics';

describeWithServer('kafka', 'Kafka messaging', (brokers) => {
  const topics = new KafkaTestTopics(brokers);

  afterAll(async () => {
    await topics.deleteAll();
  });

  describeMessagingContract('Kafka (kafkajs)', () => {
    const publisher = new KafkaPublisher(topics.client);
    const consumer = new KafkaConsumerRunner(topics.client);
    return Promise.resolve({
      publisher,
      consumer,
      createTopic: () => topics.create(),
      close: async () => {
        await consumer.close();
        await publisher.close();
      },
    });
  });

  describe(KafkaConsumerRunner.name, () => {
    it('dead-letters a record that is not an integration envelope untouched and carries on', async () => {
      const topic = await topics.create();
      const producer = topics.client.producer();
      const publisher = new KafkaPublisher(topics.client);
      const consumer = new KafkaConsumerRunner(topics.client);
      try {
        await producer.connect();
        await producer.send({ topic, messages: [{ key: 'a', value: 'not json', headers: { id: 'raw' } }] });
        await publisher.publish(topic, [buildMessage('a', 'event-2')]);
        const delivered = new MessageInbox();
        await consumer.subscribe({ topics: [topic], groupId: 'crm.test.raw', handler: delivered.handler() });
        await delivered.waitForId('event-2');
        const raw = await readRawRecords(topics, deadLetterTopic(topic), 1);
        expect(delivered.ids()).toEqual(['event-2']);
        expect(raw).toEqual([
          expect.objectContaining({
            key: 'a',
            value: 'not json',
            headers: expect.objectContaining({
              id: 'raw',
              [DeadLetterHeaders.errorName]: 'UndecodableRecordError',
              [DeadLetterHeaders.attempts]: '1',
            }) as unknown,
          }),
        ]);
      } finally {
        await consumer.close();
        await publisher.close();
        await producer.disconnect();
      }
    });
  });

  describe(ensureTopics.name, () => {
    it('creates a missing topic with its dead letter topic, and leaves existing ones alone', async () => {
      const topic = await topics.create(undefined, 2);
      const admin = topics.client.admin();
      await admin.connect();
      try {
        expect(await ensureTopics(admin, [{ topic, partitions: 2, replicationFactor: 1 }])).toEqual([]);
        expect(await admin.listTopics()).toEqual(expect.arrayContaining([topic, deadLetterTopic(topic)]));
      } finally {
        await admin.disconnect();
      }
    });
  });
});

async function readRawRecords(topics: KafkaTestTopics, topic: string, count: number) {
  const consumer = topics.client.consumer({ groupId: `crm.test.raw-reader-${topic}` });
  const records: { key: string; value: string; headers: Record<string, string> }[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic] });
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachBatchAutoResolve: true,
        eachBatch: ({ batch }) => {
          for (const record of batch.messages) {
            const headers = headersToStrings(record.headers);
            records.push({ key: String(record.key), value: String(record.value), headers });
          }
          if (records.length >= count) resolve();
          return Promise.resolve();
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}
