import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OPPORTUNITY_STAGES, type OpportunityStage } from '../domain';

export class ListOpportunitiesRequest extends PageRequest {
  @ApiPropertyOptional({ enum: OPPORTUNITY_STAGES })
  @IsOptional()
  @IsIn(OPPORTUNITY_STAGES)
  stage?: OpportunityStage;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}

export class PipelineRequest {
  @ApiPropertyOptional({ description: "Only this owner's opportunities." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerId?: string;
}
