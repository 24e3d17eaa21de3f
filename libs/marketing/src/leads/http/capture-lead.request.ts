import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { MAX_LEAD_NAME_LENGTH } from '../domain';

export class CaptureLeadRequest {
  @ApiProperty({ example: 'Jane Doe', maxLength: MAX_LEAD_NAME_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(MAX_LEAD_NAME_LENGTH)
  name!: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 'jane@acme.example',
    description: 'Trimmed and lower-cased.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: '+49 30 1234567',
    description: 'International form; stored in E.164.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'Acme GmbH',
    description: 'A lead with a company converts into a company customer.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LEAD_NAME_LENGTH)
  company?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'The campaign that brought the lead in.',
  })
  @IsOptional()
  @IsUUID()
  sourceCampaignId?: string | null;
}
