import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class MoneyRequest {
  @ApiProperty({
    example: '1299.50',
    description: 'Decimal string (never a number), at most 4 fraction digits.',
  })
  @IsString()
  @Matches(/^\s*\d{1,15}(?:\.\d{1,4})?\s*$/, {
    message: 'amount must be a non-negative decimal string such as "10.10"',
  })
  amount!: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217.' })
  @IsString()
  @Matches(/^\s*[A-Za-z]{3}\s*$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;
}

export class MoneyResponse {
  @ApiProperty({ example: '1299.50' }) amount!: string;
  @ApiProperty({ example: 'EUR' }) currency!: string;
}
