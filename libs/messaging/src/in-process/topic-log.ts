import type { Message } from '../message';
import type { MessageHandler } from '../message-consumer.port';

export interface GroupMember {
  readonly handler: MessageHandler;
  readonly maxRetries: number;
  readonly backoffMs: number;
  stopped: boolean;
  /** Ends a backoff wait early, so stopping does not wait for the next retry. */
  wake: (() => void) | undefined;
}

export interface ConsumerGroup {
  readonly groupId: string;
  /** Offset of the next message to deliver; kept while nobody is subscribed, like a committed offset. */
  offset: number;
  member: GroupMember | undefined;
  pumping: Promise<void> | undefined;
}

// Trimming shifts the array, so do it in chunks rather than after every message.
const TRIM_CHUNK = 256;

/**
 * One topic's messages with absolute offsets. Messages are kept until every group that ever subscribed
 * has consumed them, so a group that starts late still sees what was published before it.
 */
export class TopicLog {
  private messages: Message[] = [];
  private firstOffset = 0;
  readonly groups = new Map<string, ConsumerGroup>();

  constructor(readonly topic: string) {}

  get endOffset(): number {
    return this.firstOffset + this.messages.length;
  }

  append(messages: readonly Message[]): void {
    this.messages.push(...messages);
  }

  at(offset: number): Message | undefined {
    return this.messages[offset - this.firstOffset];
  }

  retained(): Message[] {
    return structuredClone(this.messages);
  }

  group(groupId: string): ConsumerGroup {
    let group = this.groups.get(groupId);
    if (!group) {
      group = { groupId, offset: this.firstOffset, member: undefined, pumping: undefined };
      this.groups.set(groupId, group);
    }
    return group;
  }

  trim(): void {
    const consumedByAll = Math.min(...[...this.groups.values()].map((group) => group.offset));
    const droppable = consumedByAll - this.firstOffset;
    if (droppable < TRIM_CHUNK && droppable < this.messages.length) return;
    this.messages = this.messages.slice(droppable);
    this.firstOffset = consumedByAll;
  }
}
