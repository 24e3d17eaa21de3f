import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACQUISITION_CHANNELS,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  INTERACTION_CHANNELS,
  INTERACTION_DIRECTIONS,
} from '../domain';

// OpenAPI shapes of the responses; the handlers return the plain views these describe.
class AddressResponse {
  @ApiProperty() line1!: string;
  @ApiProperty({ type: String, nullable: true }) line2!: string | null;
  @ApiProperty() city!: string;
  @ApiProperty({ type: String, nullable: true }) postalCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2' }) country!: string;
}

class ContactResponse {
  @ApiProperty({ format: 'uuid' }) contactId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
}

export class CustomerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CUSTOMER_TYPES }) type!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) phone!: string | null;
  @ApiPropertyOptional({ type: AddressResponse, nullable: true }) address!: AddressResponse | null;
  @ApiProperty({ enum: CUSTOMER_STATUSES }) status!: string;
  @ApiProperty({ enum: ACQUISITION_CHANNELS }) channel!: string;
  @ApiProperty({ type: String, nullable: true }) ownerId!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: String, nullable: true }) externalRef!: string | null;
  @ApiProperty({ type: [ContactResponse] }) contacts!: ContactResponse[];
  @ApiProperty() interactionCount!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastInteractionAt!: string | null;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty() archived!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) archiveReason!: string | null;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Customers merged into this one (lineage); their interactions, timeline and sales count here',
  })
  mergedFrom!: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Set when this customer was merged into another: read-only, follow this id',
  })
  mergedInto!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) mergedAt!: string | null;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export class CustomerPageResponse {
  @ApiProperty({ type: [CustomerResponse] }) items!: CustomerResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class InteractionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: INTERACTION_CHANNELS }) channel!: string;
  @ApiProperty({ enum: INTERACTION_DIRECTIONS }) direction!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) loggedAt!: string;
  @ApiProperty() loggedBy!: string;
}

export class InteractionPageResponse {
  @ApiProperty({ type: [InteractionResponse] }) items!: InteractionResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class HistoryEntryResponse {
  @ApiProperty({ format: 'uuid', description: "Whose event: after a merge, also the duplicate's" })
  customerId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ example: 'customer.CustomerProfileUpdated' }) type!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() actor!: string;
  @ApiProperty({
    description: '{ field: { from, to } }',
    example: { name: { from: 'Acme GmbH', to: 'Acme SE' } },
  })
  changes!: Record<string, { from: unknown; to: unknown }>;
}
