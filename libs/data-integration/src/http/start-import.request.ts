import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IMPORT_ENTITIES, type ImportEntity } from '../jobs/import-job';

/** `POST /imports?entity=&createMissing=`: the file itself is the text/csv body. */
export class StartImportRequest {
  @ApiProperty({ enum: IMPORT_ENTITIES, description: 'What the rows are.' })
  @IsIn(IMPORT_ENTITIES)
  entity!: ImportEntity;

  @ApiPropertyOptional({
    default: false,
    description: 'Orders: create minimal customers and products for references nothing matches.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  createMissing?: boolean;
}
