import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

export class RecomputeSegmentsRequest {
  @ApiPropertyOptional({ enum: ['kmeans', 'dbscan'], default: 'kmeans' })
  @IsOptional()
  @IsIn(['kmeans', 'dbscan'])
  algorithm?: 'kmeans' | 'dbscan';

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 50,
    description: 'K-means clusters; chosen by silhouette (2..8) when absent',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  k?: number;

  @ApiPropertyOptional({ minimum: 0.01, default: 1, description: 'DBSCAN radius, in standard deviations' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(100)
  eps?: number;

  @ApiPropertyOptional({
    minimum: 1,
    default: 5,
    description: 'DBSCAN neighbours (the point included) of a core point',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  minPoints?: number;
}

export class SegmentMembersRequest extends PageRequest {}
