import { lagGauges, partitionLag } from '@crm/observability';

/**
 * Consumer lag of one group in this process: per partition, the records between the last one a
 * member handled and the high watermark of its batch. Summed into `crm_consumer_lag_messages`.
 */
export class KafkaGroupLag {
  private static readonly groups = new Map<string, KafkaGroupLag>();
  private readonly partitions = new Map<string, { readonly member: object; readonly lag: number }>();

  private constructor(groupId: string) {
    lagGauges().consumers.register(groupId, () => ({ eventsBehind: this.total() }));
  }

  static of(groupId: string): KafkaGroupLag {
    let group = KafkaGroupLag.groups.get(groupId);
    if (!group) {
      group = new KafkaGroupLag(groupId);
      KafkaGroupLag.groups.set(groupId, group);
    }
    return group;
  }

  handled(member: object, topic: string, partition: number, highWatermark: string, offset: string): void {
    this.partitions.set(`${topic}:${partition}`, { member, lag: partitionLag(highWatermark, offset) });
  }

  /** A member that left no longer speaks for its partitions (a rebalance hands them to another). */
  forget(member: object): void {
    for (const [key, entry] of this.partitions) if (entry.member === member) this.partitions.delete(key);
  }

  private total(): number {
    let total = 0;
    for (const entry of this.partitions.values()) total += entry.lag;
    return total;
  }
}
