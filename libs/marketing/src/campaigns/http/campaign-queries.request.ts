import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_ATTRIBUTION_WINDOW_DAYS } from '../../shared/marketing-settings';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES, type CampaignChannel, type CampaignStatus } from '../domain';

export class ListCampaignsRequest extends PageRequest {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ enum: CAMPAIGN_CHANNELS })
  @IsOptional()
  @IsIn(CAMPAIGN_CHANNELS)
  channel?: CampaignChannel;
}

export class CampaignPerformanceRequest {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_ATTRIBUTION_WINDOW_DAYS,
    description:
      'Days after a conversion in which paid orders count; default CRM_ATTRIBUTION_WINDOW_DAYS (90).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_ATTRIBUTION_WINDOW_DAYS)
  attributionWindowDays?: number;
}
