import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsNumber,
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
import { MAX_OPPORTUNITY_NAME_LENGTH, OPEN_STAGES, type OpenStage } from '../domain';

export class OpenOpportunityRequest {
  @ApiProperty({ format: 'uuid', description: 'The customer (not checked against the customer context).' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ example: 'Fleet renewal', maxLength: MAX_OPPORTUNITY_NAME_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(MAX_OPPORTUNITY_NAME_LENGTH)
  name!: string;

  @ApiProperty({ type: MoneyRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyRequest)
  amount!: MoneyRequest;

  @ApiPropertyOptional({ enum: OPEN_STAGES, default: 'lead' })
  @IsOptional()
  @IsIn(OPEN_STAGES)
  stage?: OpenStage;

  @ApiPropertyOptional({ nullable: true, example: '2025-03-31', description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expectedCloseDate must be YYYY-MM-DD' })
  expectedCloseDate?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'User id of the owner; defaults to the caller.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerId?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: 'Defaults to the stage probability.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  probability?: number;
}
