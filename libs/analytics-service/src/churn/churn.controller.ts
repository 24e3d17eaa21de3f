import { CurrentContext, pageQueryOf, type RequestContext } from '@crm/http';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChurnRisksRequest, TrainChurnModelRequest } from './churn.request';
import {
  ChurnService,
  DEFAULT_CHURN_TRAINING,
  type ChurnRiskPage,
  type StoredChurnModel,
} from './churn.service';

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
export class ChurnController {
  constructor(private readonly churn: ChurnService) {}

  @Get('churn')
  @ApiOperation({ summary: 'Churn risk per customer (highest first) with the features that drive it' })
  risks(
    @Query() query: ChurnRisksRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ChurnRiskPage> {
    return this.churn.risks(context.tenantId, {
      ...pageQueryOf(query),
      ...(query.customerId === undefined ? {} : { customerId: query.customerId }),
    });
  }

  @Post('models/churn/train')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Train the churn model (logistic regression or linear SVM); reports cross-validated ROC AUC',
  })
  train(
    @Body() body: TrainChurnModelRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<StoredChurnModel> {
    return this.churn.train(context.tenantId, {
      algorithm: body.algorithm ?? DEFAULT_CHURN_TRAINING.algorithm,
      windowDays: body.windowDays ?? DEFAULT_CHURN_TRAINING.windowDays,
      C: body.C ?? DEFAULT_CHURN_TRAINING.C,
    });
  }
}
