import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeCustomerRequest {
  @ApiProperty({ format: 'uuid', description: 'The customer merged away; the path names the survivor.' })
  @IsUUID()
  duplicateId!: string;
}
