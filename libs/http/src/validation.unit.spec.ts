import { DomainError } from '@crm/core';
import type { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max } from 'class-validator';
import { createValidationPipe } from './validation';

class PagedQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Max(100)
  limit = 20;
}

class RequiredQuery {
  @IsString()
  name!: string;
}

const asQuery = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });

describe('the edge validation pipe', () => {
  it('gives every empty query its own instance with the defaults', async () => {
    const pipe = createValidationPipe();
    const first = (await pipe.transform(Object.create(null), asQuery(PagedQuery))) as PagedQuery;
    const second = (await pipe.transform({}, asQuery(PagedQuery))) as PagedQuery;
    expect(first).toBeInstanceOf(PagedQuery);
    expect(second).toBeInstanceOf(PagedQuery);
    expect(second).toEqual({ limit: 20 });
    expect(second).not.toBe(first);
  });

  it('rejects an empty query every time when the class requires a field', async () => {
    const pipe = createValidationPipe();
    for (let attempt = 0; attempt < 2; attempt++)
      await expect(pipe.transform({}, asQuery(RequiredQuery))).rejects.toBeInstanceOf(DomainError);
  });

  it('still validates and transforms a query that has fields', async () => {
    const pipe = createValidationPipe();
    await pipe.transform({}, asQuery(PagedQuery));
    await expect(pipe.transform({ limit: '7' }, asQuery(PagedQuery))).resolves.toEqual({ limit: 7 });
    await expect(pipe.transform({ limit: '700' }, asQuery(PagedQuery))).rejects.toBeInstanceOf(DomainError);
    await expect(pipe.transform({ unknown: 'x' }, asQuery(PagedQuery))).rejects.toBeInstanceOf(DomainError);
  });
});
