import { randomUUID } from 'node:crypto';
import { EVENT_STORE, handleCommand, type EventStore } from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandRequest, CommandResult } from '../../shared/application/sales-requests';
import {
  normalizeSku,
  productDecider,
  type ProductCommand,
  type ProductPatch,
  type RegisterProduct,
} from '../domain';
import { productViewOf, type ProductView } from '../read-models/product-view';
import { productIdOf, productStreamId } from './product-identity';

export type RegisterProductInput = Omit<RegisterProduct['data'], 'tenantId' | 'productId' | 'registeredAt'>;

/** Load, decide, append for every product command. Ids and time are minted here, never in the domain. */
@Injectable()
export class ProductCommandService {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  register(input: RegisterProductInput, request: CommandRequest): Promise<CommandResult<ProductView>> {
    const { tenantId } = request.metadata;
    const sku = normalizeSku(input.sku);
    const productId = productIdOf(tenantId, sku);
    const now = new Date().toISOString();
    const command: ProductCommand = {
      type: 'RegisterProduct',
      data: { ...input, sku, tenantId, productId, registeredAt: now },
    };
    // The stream id is the SKU's: the decider sees a taken SKU, and a concurrent registration that
    // wins the `no-stream` append makes handleCommand re-read and re-decide, which then refuses it.
    return this.execute(command, request, now);
  }

  change(
    productId: string,
    patch: ProductPatch,
    request: CommandRequest,
  ): Promise<CommandResult<ProductView>> {
    const command: ProductCommand = {
      type: 'ChangeProduct',
      data: { tenantId: request.metadata.tenantId, productId, patch },
    };
    return this.execute(command, request);
  }

  private async execute(
    command: ProductCommand,
    request: CommandRequest,
    now = new Date().toISOString(),
  ): Promise<CommandResult<ProductView>> {
    const result = await handleCommand(
      this.eventStore,
      productStreamId(command.data.productId),
      productDecider,
      command,
      {
        metadata: request.metadata,
        occurredAt: now,
        newEventId: randomUUID,
        ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
      },
    );
    const view = productViewOf(result.newState, result.nextExpectedVersion);
    if (view === null)
      throw new Error(`Product ${command.data.productId} has no state after ${command.type}`);
    return { view, version: result.nextExpectedVersion };
  }
}
