import { formatRate, formatRatio, passCell, type MarkdownReport } from '../event-store/markdown-report';
import type { Throughput } from './relay-throughput';

export interface MessagingFigures {
  readonly seededEvents: number;
  readonly durationSeconds: number;
  readonly recordBytes: number;
  readonly recordsPerSend: number;
  readonly relay: Throughput;
  readonly batchedProducer: Throughput;
  readonly singleRecordProducer: Throughput;
}

const TARGET_RATIO = 0.7;

export function messagingVerdict(figures: MessagingFigures): { report: MarkdownReport; pass: boolean } {
  const { relay, batchedProducer, singleRecordProducer } = figures;
  const ratio = relay.perSecond / batchedProducer.perSecond;
  const pass = ratio >= TARGET_RATIO;
  const ours = formatRate(relay.perSecond);
  const report: MarkdownReport = {
    title: 'Messaging benchmark (`npm run bench:messaging`)',
    setup: [
      `${figures.seededEvents} events seeded in our PostgreSQL store, then each case runs until all are on Kafka or ${figures.durationSeconds} s have passed.`,
      `Single KRaft broker from \`npm run infra:up\`, topics of 3 partitions, records of ${figures.recordBytes} bytes (JSON value) keyed by stream.`,
    ],
    header: ['case', 'ours events/s', 'baseline', 'baseline events/s', 'ours / baseline', 'target', 'pass'],
    rows: [
      [
        'Relay + KafkaPublisher',
        ours,
        `raw producer, ${figures.recordsPerSend} records per send`,
        formatRate(batchedProducer.perSecond),
        formatRatio(ratio),
        `≥ ${formatRatio(TARGET_RATIO)}`,
        passCell(pass),
      ],
      [
        'Relay + KafkaPublisher',
        ours,
        'raw producer, 1 record per send',
        formatRate(singleRecordProducer.perSecond),
        formatRatio(relay.perSecond / singleRecordProducer.perSecond),
        '— (diagnostic)',
        '—',
      ],
    ],
    notes: [
      'Ours: `Relay` tailing `PostgresEventStore` from checkpoint 0 and publishing through `KafkaPublisher`; timed until the checkpoint store had recorded every event (it saves after each acknowledged publish). The checkpoint store is in memory here, so checkpoint writes cost nothing.',
      'Raw producer: the producer of the same `createKafkaJsClient` (kafkajs, idempotent, acks from all in-sync replicas, one request in flight), sending the same records, serialised before the clock starts.',
      `The ceiling sends ${figures.recordsPerSend} records per request, as many as one page of the relay's subscription; the diagnostic row sends one record per request, the relay's own request pattern.`,
      `Events relayed: ${relay.events} in ${relay.seconds.toFixed(1)} s; producer: ${batchedProducer.events} in ${batchedProducer.seconds.toFixed(1)} s (batched), ${singleRecordProducer.events} in ${singleRecordProducer.seconds.toFixed(1)} s (single).`,
      'The machine is shared and noisy: compare the ratios of one run, not absolute figures across runs.',
    ],
  };
  return { report, pass };
}
