import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_REASON_LENGTH, OPEN_STAGES, type OpenStage } from '../domain';

export class ChangeStageRequest {
  @ApiProperty({ enum: OPEN_STAGES, description: 'Use /win or /lose to close.' })
  @IsIn(OPEN_STAGES)
  stage!: OpenStage;
}

export class WinOpportunityRequest {
  @ApiPropertyOptional({ nullable: true, maxLength: MAX_REASON_LENGTH, example: 'Best total cost' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REASON_LENGTH)
  reason?: string | null;
}

export class LoseOpportunityRequest {
  @ApiProperty({ maxLength: MAX_REASON_LENGTH, example: 'Budget cut' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}
