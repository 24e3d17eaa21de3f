import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  MAX_COMMENT_LENGTH,
  MAX_FEEDBACK_LENGTH,
  MAX_ID_LENGTH,
  MAX_REASON_LENGTH,
  MAX_RESOLUTION_LENGTH,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
} from '../domain';

const NOT_BLANK = /\S/;

export class AssignCaseRequest {
  @ApiProperty({ example: 'agent-7', maxLength: MAX_ID_LENGTH })
  @IsString()
  @Matches(NOT_BLANK, { message: 'assigneeId must not be blank' })
  @MaxLength(MAX_ID_LENGTH)
  assigneeId!: string;
}

export class CommentOnCaseRequest {
  @ApiProperty({ example: 'We have ordered a new roller.', maxLength: MAX_COMMENT_LENGTH })
  @IsString()
  @Matches(NOT_BLANK, { message: 'body must not be blank' })
  @MaxLength(MAX_COMMENT_LENGTH)
  body!: string;

  @ApiPropertyOptional({
    default: true,
    description:
      'Visible to the customer. The first public comment is the first response; an internal note (false) is not.',
  })
  @IsOptional()
  @IsBoolean()
  public?: boolean;
}

export class ResolveCaseRequest {
  @ApiProperty({ example: 'Replaced the roller.', maxLength: MAX_RESOLUTION_LENGTH })
  @IsString()
  @Matches(NOT_BLANK, { message: 'resolution must not be blank' })
  @MaxLength(MAX_RESOLUTION_LENGTH)
  resolution!: string;
}

export class CloseCaseRequest {
  // Only the type is checked here (400); the scale is the domain's rule (422 CASE.INVALID_SATISFACTION).
  @ApiProperty({
    minimum: SATISFACTION_MIN,
    maximum: SATISFACTION_MAX,
    example: 5,
    description: "The customer's satisfaction, 1 (poor) to 5 (excellent); outside the scale: 422.",
  })
  @IsInt()
  satisfaction!: number;

  @ApiPropertyOptional({ nullable: true, maxLength: MAX_FEEDBACK_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_FEEDBACK_LENGTH)
  feedback?: string | null;
}

export class ReopenCaseRequest {
  @ApiProperty({ example: 'The printer jams again.', maxLength: MAX_REASON_LENGTH })
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}
