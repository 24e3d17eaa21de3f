import { DomainError, type FieldProblem } from '@crm/core';
import { ValidationPipe, type ValidationError } from '@nestjs/common';

/** Validation happens once, at the edge: unknown fields are rejected, types are checked and transformed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => {
      const fields = flattenValidationErrors(errors);
      const summary = fields.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
      return new DomainError('REQUEST.INVALID', 'validation', `The request is invalid: ${summary}`, fields);
    },
  });
}

export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}
