import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MoneyRequest } from '../../shared/http/money.request';
import { MAX_LINE_QUANTITY, MAX_ORDER_LINES, ORDER_CHANNELS, type OrderChannel } from '../domain';

export class OrderLineRequest {
  @ApiProperty({ example: 'PEN-1', description: 'A SKU of the catalogue (case-insensitive).' })
  @IsString()
  @MaxLength(64)
  sku!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_LINE_QUANTITY, example: 3 })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;

  @ApiPropertyOptional({ type: MoneyRequest, description: 'Defaults to the catalogue price.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyRequest)
  unitPrice?: MoneyRequest;
}

export class PlaceOrderRequest {
  @ApiProperty({ format: 'uuid', description: 'The customer (not checked against the customer context).' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ enum: ORDER_CHANNELS })
  @IsIn(ORDER_CHANNELS)
  channel!: OrderChannel;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the customer ordered; defaults to now.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  orderedAt?: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217; every line is priced in it.' })
  @IsString()
  @Matches(/^\s*[A-Za-z]{3}\s*$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;

  @ApiPropertyOptional({ nullable: true, description: 'The salesperson credited; defaults to the caller.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerId?: string | null;

  @ApiProperty({ type: [OrderLineRequest], minItems: 1, maxItems: MAX_ORDER_LINES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true })
  @Type(() => OrderLineRequest)
  lines!: OrderLineRequest[];
}

export class OrderReasonRequest {
  @ApiPropertyOptional({ nullable: true, maxLength: 500, example: 'Out of stock' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}
