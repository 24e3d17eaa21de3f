import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_ENTITIES } from '../jobs/import-job';

// OpenAPI shapes of the responses; the handlers return the plain job documents these describe.
export class ImportCountsResponse {
  @ApiProperty() imported!: number;
  @ApiProperty({ description: 'Already there: imported by an earlier run, or registered through the API.' })
  existing!: number;
  @ApiProperty() rejected!: number;
}

export class ImportRowCountsResponse extends ImportCountsResponse {
  @ApiProperty({ description: 'Data rows of the file (the header not counted).' }) total!: number;
  @ApiProperty() processed!: number;
}

export class CreatedMissingResponse {
  @ApiProperty() customers!: number;
  @ApiProperty() products!: number;
}

export class RowProblemResponse {
  @ApiProperty({ description: 'Row number as a spreadsheet shows it: the header is row 1.' }) row!: number;
  @ApiPropertyOptional({ description: 'The column at fault.' }) field?: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ description: 'Stable code of the business rule the row broke.' }) code?: string;
}

export class ImportJobResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IMPORT_ENTITIES }) entity!: string;
  @ApiProperty() createMissing!: boolean;
  @ApiProperty({ enum: ['running', 'completed', 'failed', 'interrupted'] }) status!: string;
  @ApiProperty({ type: ImportRowCountsResponse }) rows!: ImportRowCountsResponse;
  @ApiProperty({ type: ImportCountsResponse, description: 'Customers, products or orders.' })
  records!: ImportCountsResponse;
  @ApiProperty({ type: CreatedMissingResponse }) created!: CreatedMissingResponse;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) heartbeatAt!: string;
  @ApiProperty({ type: String, nullable: true }) failure!: string | null;
}

export class ImportJobDetailsResponse extends ImportJobResponse {
  @ApiProperty({ type: [RowProblemResponse], description: 'The first 100 rejected rows, in row order.' })
  errors!: RowProblemResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of GET /jobs/{id}/errors for the rest.' })
  errorsCursor!: string | null;
}

export class RowProblemPageResponse {
  @ApiProperty({ type: [RowProblemResponse] }) items!: RowProblemResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
