import { PageRequest } from '@crm/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MAX_TASK_TITLE_LENGTH, TASK_RELATED_TYPES, type TaskRelatedType } from '../domain/task';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class TaskRelatedRequest {
  @ApiProperty({ enum: TASK_RELATED_TYPES })
  @IsIn(TASK_RELATED_TYPES)
  type!: TaskRelatedType;

  @ApiProperty({ description: 'Id of the related record (not checked across contexts).' })
  @IsString()
  @Matches(/\S/, { message: 'id must not be blank' })
  @MaxLength(200)
  id!: string;
}

export class CreateTaskRequest {
  @ApiProperty({ example: 'Call back about the renewal', maxLength: MAX_TASK_TITLE_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(MAX_TASK_TITLE_LENGTH)
  title!: string;

  @ApiProperty({ example: '2025-03-01', description: 'YYYY-MM-DD.' })
  @IsString()
  @Matches(DATE, { message: 'dueDate must be YYYY-MM-DD' })
  dueDate!: string;

  @ApiProperty({ description: 'User id of who should do it.' })
  @IsString()
  @Matches(/\S/, { message: 'assigneeId must not be blank' })
  @MaxLength(200)
  assigneeId!: string;

  @ApiPropertyOptional({ type: TaskRelatedRequest, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskRelatedRequest)
  related?: TaskRelatedRequest | null;
}

export class ListTasksRequest extends PageRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  assigneeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  done?: boolean;

  @ApiPropertyOptional({ name: 'due_before', example: '2025-03-01', description: 'Due before this day.' })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: 'due_before must be YYYY-MM-DD' })
  due_before?: string;
}

export class TaskResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2025-03-01' }) dueDate!: string;
  @ApiProperty() assigneeId!: string;
  @ApiProperty({ type: TaskRelatedRequest, nullable: true }) related!: TaskRelatedRequest | null;
  @ApiProperty() done!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) completedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export class TaskPageResponse {
  @ApiProperty({ type: [TaskResponse] }) items!: TaskResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
