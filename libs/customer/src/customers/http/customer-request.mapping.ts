import type { CustomerPatch } from '../domain';
import { pageQueryOf } from '@crm/http';
import type { RegisterCustomerInput } from '../application/customer-command.service';
import type { CustomerListQuery } from '../application/customer-query.service';
import type { ListCustomersRequest } from './customer-queries.request';
import type { RegisterCustomerRequest } from './register-customer.request';
import type { UpdateCustomerRequest } from './update-customer.request';

export function registerInputOf(body: RegisterCustomerRequest): RegisterCustomerInput {
  const { type, ...profile } = body;
  return { customerType: type, ...profile };
}

export function patchOf(body: UpdateCustomerRequest): CustomerPatch {
  return {
    name: body.name,
    email: body.email,
    phone: body.phone,
    address: body.address,
    channel: body.channel,
    tags: body.tags,
    externalRef: body.externalRef,
    status: body.status,
    ownerId: body.ownerId,
  };
}

export function listQueryOf(query: ListCustomersRequest): CustomerListQuery {
  return {
    ...pageQueryOf(query),
    search: query.search,
    type: query.type,
    status: query.status,
    channel: query.channel,
    ownerId: query.ownerId,
    tag: query.tag,
    includeArchived: query.includeArchived,
  };
}
