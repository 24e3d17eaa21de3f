import type { Serializer } from '@nestjs/microservices';
import { outgoingRpcContext, RPC_CONTEXT_FIELD } from './rpc-context';

interface OutgoingPacket {
  readonly pattern: unknown;
  readonly data: unknown;
  readonly id?: string;
}

/**
 * The TCP client's serializer: adds the caller's tenant, correlation, causation and W3C trace context
 * to object payloads under `$context` (the JSON socket sends the packet as it is).
 */
export class RpcContextSerializer implements Serializer<OutgoingPacket, OutgoingPacket> {
  serialize(packet: OutgoingPacket): OutgoingPacket {
    const data = packet.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return packet;
    const carried = outgoingRpcContext();
    return carried ? { ...packet, data: { ...data, [RPC_CONTEXT_FIELD]: carried } } : packet;
  }
}
