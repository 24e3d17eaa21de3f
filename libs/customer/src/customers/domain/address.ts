import { isCountryCode } from './country-codes';
import { CustomerError } from './customer.errors';
import type { Address, AddressInput } from './customer.values';

const MAX_PART_LENGTH = 200;

/** Trims every part, drops empty optional parts, upper-cases the country and checks it is ISO 3166 alpha-2. */
export function normalizeAddress(input: AddressInput): Address {
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) {
    throw new CustomerError(
      'CUSTOMER.INVALID_ADDRESS',
      `${input.country} is not an ISO 3166 alpha-2 country code`,
      'address.country',
    );
  }
  return {
    line1: requiredPart(input.line1, 'line1'),
    line2: optionalPart(input.line2, 'line2'),
    city: requiredPart(input.city, 'city'),
    postalCode: optionalPart(input.postalCode, 'postalCode'),
    region: optionalPart(input.region, 'region'),
    country,
  };
}

function requiredPart(value: string, part: string): string {
  const trimmed = value.trim();
  if (trimmed === '')
    throw new CustomerError(
      'CUSTOMER.INVALID_ADDRESS',
      `address ${part} must not be blank`,
      `address.${part}`,
    );
  return checkedLength(trimmed, part);
}

function optionalPart(value: string | null | undefined, part: string): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : checkedLength(trimmed, part);
}

function checkedLength(value: string, part: string): string {
  if (value.length > MAX_PART_LENGTH) {
    throw new CustomerError(
      'CUSTOMER.INVALID_ADDRESS',
      `address ${part} exceeds ${MAX_PART_LENGTH} characters`,
      `address.${part}`,
    );
  }
  return value;
}

export function sameAddress(left: Address | null, right: Address | null): boolean {
  if (left === null || right === null) return left === right;
  return (
    left.line1 === right.line1 &&
    left.line2 === right.line2 &&
    left.city === right.city &&
    left.postalCode === right.postalCode &&
    left.region === right.region &&
    left.country === right.country
  );
}
