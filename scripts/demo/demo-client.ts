/** The running instance the demo loads, over its public HTTP API only. */
export class DemoClient {
  private token = '';

  constructor(private readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<void> {
    const issued = await this.send<{ accessToken: string }>('POST', '/api/v1/auth/token', {
      username,
      password,
    });
    this.token = issued.accessToken;
  }

  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  get<T = Record<string, unknown>>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  /** Starts an import job and resolves with it once it has ended. */
  async importCsv(
    entity: string,
    csv: string,
    onProgress: (done: number, total: number) => void,
  ): Promise<ImportJob> {
    const response = await fetch(`${this.baseUrl}/api/v1/imports?entity=${entity}&createMissing=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    let job = (await response.json()) as ImportJob;
    if (response.status !== 202) throw new Error(`POST /imports: ${response.status} ${JSON.stringify(job)}`);
    while (job.status === 'running') {
      onProgress(job.rows.processed, job.rows.total);
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = await this.get<ImportJob>(`/api/v1/jobs/${job.id}`);
    }
    onProgress(job.rows.processed, job.rows.total);
    if (job.status !== 'completed')
      throw new Error(`Import of ${entity} ended ${job.status}: ${job.failure ?? ''}`);
    return job;
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}

export interface ImportJob {
  readonly id: string;
  readonly status: string;
  readonly rows: { readonly total: number; readonly processed: number; readonly rejected: number };
  readonly records: { readonly imported: number; readonly existing: number; readonly rejected: number };
  readonly failure: string | null;
}

/** Runs `work` over the items, `limit` at a time, reporting each one done. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index] as T, index);
        onProgress(++done, items.length);
      }
    }),
  );
}
