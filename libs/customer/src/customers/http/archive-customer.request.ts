import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ArchiveCustomerRequest {
  @ApiPropertyOptional({ nullable: true, maxLength: 500, example: 'Went out of business' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}
