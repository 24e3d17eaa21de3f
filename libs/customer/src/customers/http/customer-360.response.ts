import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CustomerResponse } from './customer.response';
import { PossibleDuplicateResponse } from './duplicates.response';

class MoneyResponse {
  @ApiProperty({ example: '1299.50', description: 'Exact decimal string' }) amount!: string;
  @ApiProperty({ example: 'EUR', description: 'ISO 4217' }) currency!: string;
}

class CustomerSalesResponse {
  @ApiProperty({
    type: [MoneyResponse],
    description: 'Paid orders minus those cancelled after payment or returned; one entry per currency',
  })
  lifetimeValue!: MoneyResponse[];
  @ApiProperty() orderCount!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastOrderAt!: string | null;
}

export class CustomerDetailsResponse extends CustomerResponse {
  @ApiPropertyOptional({
    type: CustomerSalesResponse,
    description: "From the sales context's events, eventually consistent; absent with ?asOf=",
  })
  sales?: CustomerSalesResponse;
  @ApiPropertyOptional({
    type: [PossibleDuplicateResponse],
    description: 'Likely duplicates (eventually consistent), most certain first; absent with ?asOf=',
  })
  possibleDuplicates?: PossibleDuplicateResponse[];
}

class TimelineSubjectResponse {
  @ApiProperty({ enum: ['customer', 'interaction', 'order', 'opportunity', 'case', 'campaign'] })
  type!: string;
  @ApiProperty() id!: string;
}

export class TimelineEntryResponse {
  @ApiProperty({ description: 'The id of the event it comes from' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened' }) at!: string;
  @ApiProperty({ enum: ['customer', 'sales', 'service', 'marketing'] }) context!: string;
  @ApiProperty({ example: 'sales.OrderPaid.v1' }) event!: string;
  @ApiProperty({ example: 'Order paid: 120.00 EUR' }) summary!: string;
  @ApiProperty({ type: TimelineSubjectResponse }) subject!: TimelineSubjectResponse;
}

export class TimelinePageResponse {
  @ApiProperty({ type: [TimelineEntryResponse] }) items!: TimelineEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
