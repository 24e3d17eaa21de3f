import type { Message } from './message';

/** Produces messages to a topic; resolves once the broker has acknowledged all of them. */
export interface MessagePublisher {
  publish(topic: string, messages: readonly Message[]): Promise<void>;
}

export const MESSAGE_PUBLISHER = Symbol('MessagePublisher');
