import { ApiProperty } from '@nestjs/swagger';
import { DUPLICATE_REASONS } from '../duplicates/duplicate-profile';

const REASONS_DOC = {
  enum: DUPLICATE_REASONS,
  isArray: true,
  description:
    'email: the same address; phone: the same E.164 number; name: a very similar name in the same city',
} as const;
const SCORE_DOC = { description: '1 for the same email or phone, else the name similarity (Jaro-Winkler)' };

export class PossibleDuplicateResponse {
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty(REASONS_DOC) reasons!: string[];
  @ApiProperty(SCORE_DOC) score!: number;
}

class CustomerReferenceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class DuplicatePairResponse {
  @ApiProperty({ description: '<smaller id>|<larger id>' }) id!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) customerIds!: string[];
  @ApiProperty({ type: [CustomerReferenceResponse] }) customers!: CustomerReferenceResponse[];
  @ApiProperty(REASONS_DOC) reasons!: string[];
  @ApiProperty(SCORE_DOC) score!: number;
  @ApiProperty({ description: 'Always true in the list: pairs whose reasons are gone are closed' })
  open!: boolean;
  @ApiProperty({ format: 'date-time' }) detectedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DuplicatePairPageResponse {
  @ApiProperty({ type: [DuplicatePairResponse] }) items!: DuplicatePairResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
