import { DomainError } from '@crm/core';

export type ClusteringErrorCode =
  'EMPTY_INPUT' | 'NON_FINITE_VALUE' | 'INVALID_PARAMETER' | 'TOO_FEW_POINTS' | 'SHAPE_MISMATCH';

/** Bad input or parameters for a clustering call; `code` is `CLUSTERING.<reason>`, kind `validation`. */
export class ClusteringError extends DomainError {
  constructor(reason: ClusteringErrorCode, message: string) {
    super(`CLUSTERING.${reason}`, 'validation', message);
    this.name = 'ClusteringError';
  }
}
