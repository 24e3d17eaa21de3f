import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CAMPAIGN_CHANNELS, MAX_CAMPAIGN_NAME_LENGTH, type CampaignChannel } from '../domain';

export class MoneyRequest {
  @ApiProperty({
    example: '1500.00',
    description: 'Exact decimal string (never a number), at most the currency minor digits.',
  })
  @IsString()
  @Matches(/^\d{1,15}(?:\.\d{1,4})?$/, {
    message: 'amount must be a non-negative decimal string such as "1500.00"',
  })
  amount!: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217' })
  @IsString()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;
}

export class PeriodRequest {
  @ApiProperty({ example: '2025-03-01', format: 'date' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;

  @ApiProperty({
    example: '2025-03-31',
    format: 'date',
    description: 'Inclusive; not before `from` (else 422).',
  })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date (YYYY-MM-DD)' })
  to!: string;
}

export class CreateCampaignRequest {
  @ApiProperty({ example: 'Spring launch', maxLength: MAX_CAMPAIGN_NAME_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(MAX_CAMPAIGN_NAME_LENGTH)
  name!: string;

  @ApiProperty({ enum: CAMPAIGN_CHANNELS })
  @IsIn(CAMPAIGN_CHANNELS)
  channel!: CampaignChannel;

  @ApiProperty({ type: MoneyRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyRequest)
  budget!: MoneyRequest;

  @ApiProperty({ type: PeriodRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => PeriodRequest)
  period!: PeriodRequest;

  @ApiPropertyOptional({
    nullable: true,
    description: 'The analytics segment the campaign targets (stored only).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  targetSegmentId?: string | null;
}
