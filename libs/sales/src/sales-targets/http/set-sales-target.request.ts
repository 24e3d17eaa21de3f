import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MoneyRequest } from '../../shared/http/money.request';

export class TargetPeriodRequest {
  @ApiProperty({ example: '2025-01-01' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2025-03-31', description: 'Inclusive.' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be YYYY-MM-DD' })
  to!: string;
}

export class SetSalesTargetRequest {
  @ApiProperty({ description: 'The salesperson (user id) the target is for.' })
  @IsString()
  @Matches(/\S/, { message: 'ownerId must not be blank' })
  @MaxLength(200)
  ownerId!: string;

  @ApiPropertyOptional({ type: TargetPeriodRequest, description: 'Either period or month.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TargetPeriodRequest)
  period?: TargetPeriodRequest;

  @ApiPropertyOptional({ example: '2025-02', description: 'Either period or month.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}$/, { message: 'month must be YYYY-MM' })
  month?: string;

  @ApiProperty({ type: MoneyRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyRequest)
  amount!: MoneyRequest;
}
