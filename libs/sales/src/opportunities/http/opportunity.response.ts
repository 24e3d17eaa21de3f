import { ApiProperty } from '@nestjs/swagger';
import { multiplyAmount, type Money } from '../../shared/domain';
import { MoneyResponse } from '../../shared/http/money.request';
import { OPEN_STAGES, OPPORTUNITY_STAGES, timeInStages, type OpenStage, type StagePeriod } from '../domain';
import type { OpportunityView } from '../read-models/opportunity-view';

/** The body of every opportunity response: the stored view plus figures that depend on the clock. */
export interface OpportunityBody extends OpportunityView {
  readonly weightedAmount: Money;
  /** Whole seconds spent in each open stage so far (the current stage up to the response). */
  readonly timeInStageSeconds: Partial<Record<OpenStage, number>>;
}

export function opportunityBodyOf(view: OpportunityView, now: string): OpportunityBody {
  return {
    ...view,
    weightedAmount: {
      amount: multiplyAmount(view.amount.amount, view.probability),
      currency: view.amount.currency,
    },
    timeInStageSeconds: timeInStages(view.stageHistory, now),
  };
}

// OpenAPI shapes of the responses; the handlers return the plain bodies these describe.
class StagePeriodResponse implements StagePeriod {
  @ApiProperty({ enum: OPPORTUNITY_STAGES }) stage!: StagePeriod['stage'];
  @ApiProperty({ format: 'date-time' }) enteredAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) leftAt!: string | null;
}

export class OpportunityResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: MoneyResponse }) amount!: MoneyResponse;
  @ApiProperty({ enum: OPPORTUNITY_STAGES }) stage!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) probability!: number;
  @ApiProperty({ type: MoneyResponse, description: 'amount × probability, exact' })
  weightedAmount!: MoneyResponse;
  @ApiProperty({ type: String, nullable: true, example: '2025-03-31' }) expectedCloseDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) ownerId!: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: [StagePeriodResponse] }) stageHistory!: StagePeriodResponse[];
  @ApiProperty({
    description: `Seconds spent per open stage (${OPEN_STAGES.join(', ')}), summed over visits`,
    example: { lead: 86400, qualified: 3600 },
  })
  timeInStageSeconds!: Record<string, number>;
  @ApiProperty() closed!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) closeReason!: string | null;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export class OpportunityPageResponse {
  @ApiProperty({ type: [OpportunityResponse] }) items!: OpportunityResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

class ClosedFiguresResponse {
  @ApiProperty() currency!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ example: '12000.00' }) amount!: string;
}

class PipelineFiguresResponse extends ClosedFiguresResponse {
  @ApiProperty({ example: '3000.00' }) weightedAmount!: string;
}

class PipelineStageResponse extends PipelineFiguresResponse {
  @ApiProperty({ enum: OPEN_STAGES }) stage!: string;
}

class PipelineOwnerResponse extends PipelineFiguresResponse {
  @ApiProperty({ type: String, nullable: true }) ownerId!: string | null;
}

export class PipelineResponse {
  @ApiProperty({ type: [PipelineStageResponse], description: 'Open stages, one row per stage and currency' })
  stages!: PipelineStageResponse[];
  @ApiProperty({ type: [PipelineOwnerResponse], description: 'Open opportunities per owner and currency' })
  owners!: PipelineOwnerResponse[];
  @ApiProperty({ type: [PipelineFiguresResponse], description: 'All open opportunities, per currency' })
  open!: PipelineFiguresResponse[];
  @ApiProperty({ type: [ClosedFiguresResponse] }) won!: ClosedFiguresResponse[];
  @ApiProperty({ type: [ClosedFiguresResponse] }) lost!: ClosedFiguresResponse[];
}
