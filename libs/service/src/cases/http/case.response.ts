import { ApiProperty } from '@nestjs/swagger';
import { CASE_PRIORITIES, CASE_STATUSES, CASE_TYPES } from '../domain';

// OpenAPI shapes of the responses; the handlers return the plain views these describe.
class SlaTargetResponse {
  @ApiProperty() firstResponseMinutes!: number;
  @ApiProperty() resolutionMinutes!: number;
}

class SlaClockResponse {
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'When the response or resolution came',
  })
  completedAt!: string | null;
  @ApiProperty() breached!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) breachDetectedAt!: string | null;
}

class CaseSlaResponse {
  @ApiProperty({ type: SlaTargetResponse }) target!: SlaTargetResponse;
  @ApiProperty({ type: SlaClockResponse }) firstResponse!: SlaClockResponse;
  @ApiProperty({ type: SlaClockResponse }) resolution!: SlaClockResponse;
}

class CaseCommentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() authorId!: string;
  @ApiProperty() body!: string;
  @ApiProperty() public!: boolean;
  @ApiProperty({ format: 'date-time' }) postedAt!: string;
}

export class CaseSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: CASE_TYPES }) type!: string;
  @ApiProperty({ enum: CASE_PRIORITIES }) priority!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) assigneeId!: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: CaseSlaResponse }) sla!: CaseSlaResponse;
  @ApiProperty({ description: 'Either SLA clock breached' }) breached!: boolean;
  @ApiProperty({ type: String, nullable: true }) resolution!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) resolvedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 }) satisfaction!: number | null;
  @ApiProperty({ type: String, nullable: true }) feedback!: string | null;
  @ApiProperty() reopenCount!: number;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export class CaseListItemResponse extends CaseSummaryResponse {
  @ApiProperty() commentCount!: number;
}

export class CaseResponse extends CaseSummaryResponse {
  @ApiProperty({ type: [CaseCommentResponse] }) comments!: CaseCommentResponse[];
}

export class CasePageResponse {
  @ApiProperty({ type: [CaseListItemResponse] }) items!: CaseListItemResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class AssigneeWorkloadResponse {
  @ApiProperty({ type: String, nullable: true, description: 'null: not assigned yet' }) assigneeId!:
    string | null;
  @ApiProperty() open!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Active cases with a breached SLA' }) breached!: number;
}

export class WorkloadResponse {
  @ApiProperty({ type: [AssigneeWorkloadResponse] }) items!: AssigneeWorkloadResponse[];
}
