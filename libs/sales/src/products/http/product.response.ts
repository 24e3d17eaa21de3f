import { ApiProperty } from '@nestjs/swagger';
import { MoneyResponse } from '../../shared/http/money.request';

// OpenAPI shapes of the responses; the handlers return the plain views these describe.
export class ProductResponse {
  @ApiProperty({ format: 'uuid', description: 'Derived from the tenant and the SKU.' }) id!: string;
  @ApiProperty({ example: 'SKU-1001' }) sku!: string;
  @ApiProperty() name!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ type: MoneyResponse }) price!: MoneyResponse;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export class ProductPageResponse {
  @ApiProperty({ type: [ProductResponse] }) items!: ProductResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
