import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_NAME_LENGTH } from '../domain';

export class AddContactRequest {
  @ApiProperty({ example: 'Jane Doe', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  name!: string;

  @ApiPropertyOptional({ nullable: true, example: 'jane.doe@acme.example' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '+49 30 1234568' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Head of purchasing', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string | null;
}
