import { Decimal } from 'decimal.js';
import { formatAmount } from '../../shared/domain';
import { isOpenStage, OPPORTUNITY_STAGES, type OpenStage } from '../domain';
import type { OpportunityView } from './opportunity-view';

/** Count and sums of one group, in one currency: amounts of different currencies are never added. */
export interface PipelineFigures {
  readonly currency: string;
  readonly count: number;
  readonly amount: string;
  /** Sum of amount × probability, exact. */
  readonly weightedAmount: string;
}

export interface PipelineStageRow extends PipelineFigures {
  readonly stage: OpenStage;
}

export interface PipelineOwnerRow extends PipelineFigures {
  readonly ownerId: string | null;
}

export interface ClosedFigures {
  readonly currency: string;
  readonly count: number;
  readonly amount: string;
}

/** GET /pipeline: open opportunities by stage and by owner, plus won and lost, each per currency. */
export interface Pipeline {
  readonly stages: PipelineStageRow[];
  readonly owners: PipelineOwnerRow[];
  readonly open: PipelineFigures[];
  readonly won: ClosedFigures[];
  readonly lost: ClosedFigures[];
}

interface Group<Key> {
  readonly key: Key;
  count: number;
  amount: Decimal;
  weighted: Decimal;
}

/** Sums per key; the key object is kept with its group so rows need no parsing back. */
class Groups<Key extends { readonly currency: string }> {
  private readonly groups = new Map<string, Group<Key>>();

  add(key: Key, amount: Decimal, weighted: Decimal): void {
    const id = JSON.stringify(key);
    const group = this.groups.get(id) ?? { key, count: 0, amount: new Decimal(0), weighted: new Decimal(0) };
    group.count += 1;
    group.amount = group.amount.plus(amount);
    group.weighted = group.weighted.plus(weighted);
    this.groups.set(id, group);
  }

  rows(): (Key & PipelineFigures)[] {
    return [...this.groups.values()].map((group) => ({
      ...group.key,
      count: group.count,
      amount: formatAmount(group.amount),
      weightedAmount: formatAmount(group.weighted),
    }));
  }
}

/** Folds opportunity views into the pipeline; rows in stage order, then owner, then currency. */
export function pipelineOf(opportunities: Iterable<OpportunityView>): Pipeline {
  const stages = new Groups<{ stage: OpenStage; currency: string }>();
  const owners = new Groups<{ ownerId: string | null; currency: string }>();
  const open = new Groups<{ currency: string }>();
  const won = new Groups<{ currency: string }>();
  const lost = new Groups<{ currency: string }>();
  for (const opportunity of opportunities) {
    const { stage, amount, probability, ownerId } = opportunity;
    const { currency } = amount;
    const money = new Decimal(amount.amount);
    const weighted = money.times(new Decimal(probability));
    if (isOpenStage(stage)) {
      stages.add({ stage, currency }, money, weighted);
      owners.add({ ownerId, currency }, money, weighted);
      open.add({ currency }, money, weighted);
    } else {
      (stage === 'won' ? won : lost).add({ currency }, money, weighted);
    }
  }
  return {
    stages: stages
      .rows()
      .sort((left, right) => stageOrder(left.stage) - stageOrder(right.stage) || byCurrency(left, right)),
    owners: owners
      .rows()
      .sort((left, right) => compare(left.ownerId ?? '', right.ownerId ?? '') || byCurrency(left, right)),
    open: open.rows().sort(byCurrency),
    won: closedRows(won),
    lost: closedRows(lost),
  };
}

function closedRows(groups: Groups<{ currency: string }>): ClosedFigures[] {
  return groups
    .rows()
    .map(({ currency, count, amount }) => ({ currency, count, amount }))
    .sort(byCurrency);
}

function stageOrder(stage: OpenStage): number {
  return OPPORTUNITY_STAGES.indexOf(stage);
}

function byCurrency(left: { currency: string }, right: { currency: string }): number {
  return compare(left.currency, right.currency);
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
