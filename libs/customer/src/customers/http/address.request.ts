import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class AddressRequest {
  @ApiProperty({ example: 'Hauptstrasse 5', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  line1!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  line2?: string | null;

  @ApiProperty({ example: 'Berlin', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  city!: string;

  @ApiPropertyOptional({ nullable: true, example: '10115', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  postalCode?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Berlin', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region?: string | null;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 country code', example: 'DE', minLength: 2, maxLength: 2 })
  @IsString()
  @Length(2, 2)
  country!: string;
}
