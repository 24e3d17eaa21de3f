/** `crm.<context>.events.v1`: the integration topic a context's relay publishes to. */
export function integrationTopic(context: string): string {
  return `crm.${context}.events.v1`;
}

/** Where a consumer group parks messages that still fail after its retries. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Headers a dead-lettered message carries in addition to its original ones. */
export const DeadLetterHeaders = {
  error: 'dlq-error',
  errorName: 'dlq-error-name',
  originalTopic: 'dlq-original-topic',
  groupId: 'dlq-group-id',
  attempts: 'dlq-attempts',
} as const;
