import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadResult } from './append-load';
import type { AppendCaseReply } from './append-case.worker';
import type { AppendTargetKind } from './append-targets';

export interface AppendThroughput {
  readonly writers: number;
  readonly ours: LoadResult;
  readonly emmett: LoadResult;
  readonly ceiling: LoadResult;
}

/** Appends/s of our store, Emmett's and the raw INSERT, each in its own process, one after the other. */
export async function measureAppendThroughput(
  url: string,
  writers: number,
  durationMs: number,
): Promise<AppendThroughput> {
  const run = (kind: AppendTargetKind) => {
    console.log(`  ${kind}: ${writers} writer(s) for ${durationMs / 1000} s...`);
    return runAppendCase(kind, writers, url, durationMs);
  };
  const ours = await run('ours');
  const emmett = await run('emmett');
  const ceiling = await run('raw-insert');
  return { writers, ours, emmett, ceiling };
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
