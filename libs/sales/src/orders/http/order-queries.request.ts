import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ORDER_CHANNELS, ORDER_STATUSES, type OrderChannel, type OrderStatus } from '../domain';

export class ListOrdersRequest extends PageRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({ enum: ORDER_CHANNELS })
  @IsOptional()
  @IsIn(ORDER_CHANNELS)
  channel?: OrderChannel;
}
