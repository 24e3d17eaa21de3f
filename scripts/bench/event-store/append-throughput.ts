import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadResult } from './append-load';
import type { AppendCaseReply } from './append-case.worker';
import { APPEND_TARGET_KINDS, type AppendTargetKind } from './append-targets';

export interface AppendThroughput {
  readonly writers: number;
  readonly ours: LoadResult;
  readonly emmett: LoadResult;
  readonly ceiling: LoadResult;
}

// On a shared, noisy machine a target that always runs first or last is favoured or punished by
// whatever else runs then: each target runs in four slices, in order A B C, C B A, A B C, C B A, and the
// slices add up.
const forward = APPEND_TARGET_KINDS;
const backward = [...APPEND_TARGET_KINDS].reverse();
const ROUND_ORDERS = [forward, backward, forward, backward];

/** Appends/s of our store, Emmett's and the raw INSERT, each case in a process of its own. */
export async function measureAppendThroughput(
  url: string,
  writers: number,
  durationMs: number,
): Promise<AppendThroughput> {
  const halves = new Map<AppendTargetKind, LoadResult[]>(APPEND_TARGET_KINDS.map((kind) => [kind, []]));
  const halfMs = durationMs / ROUND_ORDERS.length;
  for (const order of ROUND_ORDERS) {
    for (const kind of order) {
      console.log(`  ${kind}: ${writers} writer(s) for ${halfMs / 1000} s...`);
      halves.get(kind)?.push(await runAppendCase(kind, writers, url, halfMs));
    }
  }
  const total = (kind: AppendTargetKind) => addUp(halves.get(kind) ?? []);
  return { writers, ours: total('ours'), emmett: total('emmett'), ceiling: total('raw-insert') };
}

function addUp(results: readonly LoadResult[]): LoadResult {
  const appends = results.reduce((sum, result) => sum + result.appends, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  return { appends, seconds, perSecond: appends / seconds };
}

function runAppendCase(
  kind: AppendTargetKind,
  writers: number,
  url: string,
  durationMs: number,
): Promise<LoadResult> {
  const child = fork(join(__dirname, 'append-case.worker.js'), [
    kind,
    String(writers),
    url,
    String(durationMs),
  ]);
  return new Promise((resolve, reject) => {
    let reply: AppendCaseReply | undefined;
    child.on('message', (message) => {
      reply = message as AppendCaseReply;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (reply && 'result' in reply) resolve(reply.result);
      else reject(new Error(`The ${kind} append case failed (exit ${code}): ${reply?.error ?? 'no reply'}`));
    });
  });
}
