import type { Message } from '../message';
import {
  DEFAULT_BACKOFF_MS,
  DEFAULT_MAX_RETRIES,
  type ConsumerOptions,
  type ConsumerSubscription,
  type MessageConsumer,
} from '../message-consumer.port';
import type { MessagePublisher } from '../message-publisher.port';
import { DeadLetterHeaders, deadLetterTopic } from '../topics';
import { TopicLog, type ConsumerGroup, type GroupMember } from './topic-log';

/**
 * The standalone stand-in for Kafka: topics in memory, consumer groups that each get every message
 * once, one member per group and topic, handlers awaited in order, bounded retries, then `<topic>.dlq`.
 */
export class InProcessBus implements MessagePublisher, MessageConsumer {
  private readonly topics = new Map<string, TopicLog>();
  private idleWaiters: (() => void)[] = [];

  publish(topic: string, messages: readonly Message[]): Promise<void> {
    const log = this.topic(topic);
    log.append(messages.map((message) => structuredClone(message)));
    for (const group of log.groups.values()) this.pump(log, group);
    return Promise.resolve();
  }

  subscribe(options: ConsumerOptions): Promise<ConsumerSubscription> {
    const logs = options.topics.map((topic) => this.topic(topic));
    const busy = logs.find((log) => log.groups.get(options.groupId)?.member);
    if (busy) {
      return Promise.reject(new Error(`Group ${options.groupId} already has a member on ${busy.topic}`));
    }
    const member: GroupMember = {
      handler: options.handler,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
      stopped: false,
      wake: undefined,
    };
    const groups = logs.map((log) => {
      const group = log.group(options.groupId);
      group.member = member;
      this.pump(log, group);
      return group;
    });
    return Promise.resolve({
      stop: async () => {
        member.stopped = true;
        member.wake?.();
        for (const group of groups) if (group.member === member) group.member = undefined;
        await Promise.all(groups.flatMap((group) => (group.pumping ? [group.pumping] : [])));
      },
    });
  }

  /** Resolves when every subscribed group has handled (or dead-lettered) everything published so far. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Messages a topic still retains (not yet consumed by every group); for operators and tests. */
  retained(topic: string): Message[] {
    return this.topics.get(topic)?.retained() ?? [];
  }

  private topic(name: string): TopicLog {
    let log = this.topics.get(name);
    if (!log) {
      log = new TopicLog(name);
      this.topics.set(name, log);
    }
    return log;
  }

  private pump(log: TopicLog, group: ConsumerGroup): void {
    if (group.pumping || !group.member) return;
    group.pumping = this.drain(log, group).finally(() => {
      group.pumping = undefined;
      // A publish between the drain's last check and now found the pump busy: pick its messages up.
      if (group.member && log.at(group.offset)) this.pump(log, group);
      else this.settleIdleWaiters();
    });
  }

  private async drain(log: TopicLog, group: ConsumerGroup): Promise<void> {
    for (;;) {
      const member = group.member;
      const message = log.at(group.offset);
      if (!member || !message) return;
      if (!(await this.deliver(log.topic, group.groupId, member, message))) return;
      group.offset++;
      log.trim();
    }
  }

  // Returns false when the member stopped mid-retry: the message stays for the group's next member.
  private async deliver(
    topic: string,
    groupId: string,
    member: GroupMember,
    message: Message,
  ): Promise<boolean> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= member.maxRetries + 1; attempt++) {
      if (member.stopped) return false;
      try {
        await member.handler({ ...structuredClone(message), topic, attempt });
        return true;
      } catch (error) {
        lastError = error;
        if (attempt <= member.maxRetries) await backoff(member, member.backoffMs * 2 ** (attempt - 1));
      }
    }
    const error = lastError instanceof Error ? lastError : new Error(String(lastError));
    await this.publish(deadLetterTopic(topic), [
      {
        ...message,
        headers: {
          ...message.headers,
          [DeadLetterHeaders.error]: error.message,
          [DeadLetterHeaders.errorName]: error.name,
          [DeadLetterHeaders.originalTopic]: topic,
          [DeadLetterHeaders.groupId]: groupId,
          [DeadLetterHeaders.attempts]: String(member.maxRetries + 1),
        },
      },
    ]);
    return true;
  }

  private isIdle(): boolean {
    for (const log of this.topics.values()) {
      for (const group of log.groups.values()) {
        if (group.pumping || (group.member && group.offset < log.endOffset)) return false;
      }
    }
    return true;
  }

  private settleIdleWaiters(): void {
    if (this.idleWaiters.length === 0 || !this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function backoff(member: GroupMember, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(wake, ms);
    function wake() {
      clearTimeout(timer);
      member.wake = undefined;
      resolve();
    }
    member.wake = wake;
  });
}
