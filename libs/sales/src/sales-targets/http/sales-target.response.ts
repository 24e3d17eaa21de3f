import { ApiProperty } from '@nestjs/swagger';
import { MoneyResponse } from '../../shared/http/money.request';

// OpenAPI shapes of the responses; the handlers return the plain views these describe.
class PeriodResponse {
  @ApiProperty({ example: '2025-02-01' }) from!: string;
  @ApiProperty({ example: '2025-02-28' }) to!: string;
}

class AttainmentResponse {
  @ApiProperty({ type: MoneyResponse, description: 'Paid orders of the owner ordered in the period' })
  amount!: MoneyResponse;
  @ApiProperty() orders!: number;
  @ApiProperty({ type: String, nullable: true, example: '0.4500', description: 'attained / target' })
  ratio!: string | null;
  @ApiProperty({ description: 'Orders that would count but are in another currency (not converted)' })
  ordersInOtherCurrencies!: number;
}

export class SalesTargetResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty({ type: PeriodResponse }) period!: PeriodResponse;
  @ApiProperty({ type: MoneyResponse }) amount!: MoneyResponse;
  @ApiProperty({ format: 'date-time' }) setAt!: string;
  @ApiProperty({ type: AttainmentResponse }) attainment!: AttainmentResponse;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}
