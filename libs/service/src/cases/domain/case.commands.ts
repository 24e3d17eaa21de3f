import type { CasePriority, CaseType, SlaKind, SlaPolicy } from './case.values';

// Every command names the tenant it runs for: a case exists only inside its own tenant.
interface CaseCommandData {
  readonly tenantId: string;
  readonly caseId: string;
}

export interface OpenCase {
  readonly type: 'OpenCase';
  readonly data: CaseCommandData & {
    readonly customerId: string;
    readonly caseType: CaseType;
    readonly priority: CasePriority;
    readonly subject: string;
    readonly description?: string | null;
    readonly assigneeId?: string | null;
    /** The tenant's SLA targets in force when the case is opened; the case keeps its own. */
    readonly slaPolicy: SlaPolicy;
    readonly openedAt: string;
  };
}

export interface AssignCase {
  readonly type: 'AssignCase';
  readonly data: CaseCommandData & { readonly assigneeId: string; readonly assignedAt: string };
}

export interface CommentOnCase {
  readonly type: 'CommentOnCase';
  readonly data: CaseCommandData & {
    readonly commentId: string;
    /** The staff member writing (the request's actor). */
    readonly authorId: string;
    readonly body: string;
    /** Visible to the customer; only a public comment is a response. */
    readonly public: boolean;
    readonly postedAt: string;
  };
}

export interface ResolveCase {
  readonly type: 'ResolveCase';
  readonly data: CaseCommandData & { readonly resolution: string; readonly resolvedAt: string };
}

export interface CloseCase {
  readonly type: 'CloseCase';
  readonly data: CaseCommandData & {
    readonly satisfaction: number;
    readonly feedback?: string | null;
    readonly closedAt: string;
  };
}

export interface ReopenCase {
  readonly type: 'ReopenCase';
  readonly data: CaseCommandData & { readonly reason: string; readonly reopenedAt: string };
}

/** Issued by the SLA scheduler when a clock is past due; a repeat detection decides nothing. */
export interface RecordSlaBreach {
  readonly type: 'RecordSlaBreach';
  readonly data: CaseCommandData & { readonly kind: SlaKind; readonly detectedAt: string };
}

export type CaseCommand =
  OpenCase | AssignCase | CommentOnCase | ResolveCase | CloseCase | ReopenCase | RecordSlaBreach;
