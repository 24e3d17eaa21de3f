import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  INTERACTION_CHANNELS,
  INTERACTION_DIRECTIONS,
  type InteractionChannel,
  type InteractionDirection,
} from '../domain';

export class LogInteractionRequest {
  @ApiProperty({ enum: INTERACTION_CHANNELS })
  @IsIn(INTERACTION_CHANNELS)
  channel!: InteractionChannel;

  @ApiProperty({ enum: INTERACTION_DIRECTIONS })
  @IsIn(INTERACTION_DIRECTIONS)
  direction!: InteractionDirection;

  @ApiProperty({ example: 'Renewal call', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  subject!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 500, example: 'Agreed to a demo next week' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  outcome?: string | null;

  @ApiProperty({
    description: 'When the conversation took place (ISO-8601); not in the future.',
    example: '2025-03-01T10:00:00Z',
  })
  @IsISO8601({ strict: true })
  occurredAt!: string;
}
