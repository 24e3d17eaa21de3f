import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CHURN_ALGORITHMS, type ChurnAlgorithm } from './churn-model';

export class TrainChurnModelRequest {
  @ApiPropertyOptional({ enum: CHURN_ALGORITHMS, default: 'logistic' })
  @IsOptional()
  @IsIn(CHURN_ALGORITHMS)
  algorithm?: ChurnAlgorithm;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 730,
    default: 30,
    description: 'Churned = no paid order for this many days',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  windowDays?: number;

  @ApiPropertyOptional({ minimum: 0.0001, default: 1, description: 'Inverse regularisation strength' })
  @IsOptional()
  @IsNumber()
  @Min(0.0001)
  @Max(10000)
  C?: number;
}

export class ChurnRisksRequest extends PageRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}
