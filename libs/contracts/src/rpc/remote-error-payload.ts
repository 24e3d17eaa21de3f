/** An error as it crosses the transport: enough to raise the same typed error on the caller's side. */
export interface RemoteErrorPayload {
  readonly code: string;
  /** A DomainErrorKind, `read-model-behind`, or `internal` for anything unexpected. */
  readonly kind: string;
  readonly message: string;
  readonly fields?: readonly { readonly field: string; readonly message: string }[];
  readonly retryAfterSeconds?: number;
}
