import { measureAppends, type LoadResult } from './append-load';
import { APPEND_TARGET_KINDS, openAppendTarget, type AppendTargetKind } from './append-targets';

// One append case in a process of its own, so every target starts with a fresh heap and Emmett's
// global pg type parsers never touch our store. Arguments: target, writers, database URL, duration ms.
export type AppendCaseReply = { readonly result: LoadResult } | { readonly error: string };

async function main(): Promise<void> {
  const [kind, writers, url, durationMs] = process.argv.slice(2);
  if (!isTargetKind(kind) || url === undefined) throw new Error(`Bad arguments: ${process.argv.join(' ')}`);
  const writerCount = Number(writers);
  const target = await openAppendTarget(kind, url, writerCount);
  try {
    const result = await measureAppends(writerCount, Number(durationMs), (writer, sequence) =>
      target.append(writer, sequence),
    );
    reply({ result });
  } finally {
    await target.close();
  }
}

function isTargetKind(kind: string | undefined): kind is AppendTargetKind {
  return APPEND_TARGET_KINDS.some((known) => known === kind);
}

function reply(message: AppendCaseReply): void {
  process.send?.(message);
}

main().catch((error: unknown) => {
  reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
});
