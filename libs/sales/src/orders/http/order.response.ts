import { ApiProperty } from '@nestjs/swagger';
import { MoneyResponse } from '../../shared/http/money.request';
import { ORDER_CHANNELS, ORDER_STATUSES } from '../domain';

// OpenAPI shapes of the responses; the handlers return the plain views these describe.
class OrderLineResponse {
  @ApiProperty() sku!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty() category!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty({ type: MoneyResponse }) unitPrice!: MoneyResponse;
  @ApiProperty({ type: MoneyResponse, description: 'unitPrice × quantity, exact' }) lineTotal!: MoneyResponse;
}

export class OrderResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: ORDER_CHANNELS }) channel!: string;
  @ApiProperty({ format: 'date-time' }) orderedAt!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ type: String, nullable: true }) ownerId!: string | null;
  @ApiProperty({ type: [OrderLineResponse] }) lines!: OrderLineResponse[];
  @ApiProperty({ type: MoneyResponse, description: 'Sum of the line totals, exact' }) total!: MoneyResponse;
  @ApiProperty({ enum: ORDER_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) placedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) paidAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) shippedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) returnedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was cancelled or returned' })
  reason!: string | null;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export class OrderPageResponse {
  @ApiProperty({ type: [OrderResponse] }) items!: OrderResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
