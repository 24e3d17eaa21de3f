import { ApiProperty } from '@nestjs/swagger';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES, RESPONSE_KINDS } from '../domain';

// OpenAPI shapes of the responses; the handlers return the plain views these describe.
class MoneyResponse {
  @ApiProperty({ example: '1500.00', description: 'Exact decimal string' }) amount!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
}

class PeriodResponse {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
}

class ResponseCountsResponse {
  @ApiProperty() opened!: number;
  @ApiProperty() clicked!: number;
  @ApiProperty() replied!: number;
  @ApiProperty() converted!: number;
}

export class CampaignResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CAMPAIGN_CHANNELS }) channel!: string;
  @ApiProperty({ type: MoneyResponse }) budget!: MoneyResponse;
  @ApiProperty({ type: PeriodResponse }) period!: PeriodResponse;
  @ApiProperty({ type: String, nullable: true }) targetSegmentId!: string | null;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status!: string;
  @ApiProperty({ type: ResponseCountsResponse }) responses!: ResponseCountsResponse;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) launchedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) completedAt!: string | null;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export class CampaignPageResponse {
  @ApiProperty({ type: [CampaignResponse] }) items!: CampaignResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class RecordedResponseResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ enum: RESPONSE_KINDS }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) customerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) leadId!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() recordedBy!: string;
}

export class CampaignPerformanceResponse {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status!: string;
  @ApiProperty({ type: ResponseCountsResponse }) responses!: ResponseCountsResponse;
  @ApiProperty({ description: 'Leads captured from this campaign' }) leads!: number;
  @ApiProperty({ description: 'Leads of this campaign converted into customers' }) conversions!: number;
  @ApiProperty() attributionWindowDays!: number;
  @ApiProperty({
    type: MoneyResponse,
    description: 'Net paid orders of converted customers within the window',
  })
  attributedRevenue!: MoneyResponse;
  @ApiProperty({
    type: [MoneyResponse],
    description: 'Attributed revenue in currencies other than the budget',
  })
  revenueInOtherCurrencies!: MoneyResponse[];
  @ApiProperty({ type: MoneyResponse, description: 'The budget' }) cost!: MoneyResponse;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '0.2500',
    description: '(revenue − cost) / cost, 4 decimals',
  })
  roi!: string | null;
  @ApiProperty() attributedOrders!: number;
}
