import { ApiProperty } from '@nestjs/swagger';
import { CUSTOMER_TYPES, LEAD_STATUSES } from '../domain';

// OpenAPI shapes of the responses; the handlers return the plain views these describe.
export class LeadResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) company!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) sourceCampaignId!: string | null;
  @ApiProperty({ enum: LEAD_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) capturedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) qualifiedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) disqualifiedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) disqualifyReason!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The customer it became' })
  customerId!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: CUSTOMER_TYPES }) customerType!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) convertedAt!: string | null;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export class LeadPageResponse {
  @ApiProperty({ type: [LeadResponse] }) items!: LeadResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
