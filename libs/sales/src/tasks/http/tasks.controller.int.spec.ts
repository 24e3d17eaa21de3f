import type { ContextTestApp } from '@crm/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { storedEventCount } from '../../shared/http/event-count';
import { createSalesTestApp } from '../../shared/http/sales-test-app';
import { TasksController } from './tasks.controller';

const BASE = '/api/v1/tasks';

interface TaskBody {
  id: string;
  title: string;
  done: boolean;
  version: number;
}

describe(TasksController.name, () => {
  let testApp: ContextTestApp;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    testApp = await createSalesTestApp();
    app = testApp.app;
  });

  afterAll(() => testApp.close());

  const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, ...(payload === undefined ? {} : { payload }), headers });

  async function list(query: string) {
    const response = await app.inject({ method: 'GET', url: `${BASE}?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: TaskBody[]; nextCursor: string | null }>();
  }

  it('creates, lists by assignee, done and due date, and marks done once', async () => {
    const ids: Record<string, string> = {};
    for (const [title, dueDate, assigneeId] of [
      ['March call', '2025-03-10', 'user-1'],
      ['February call', '2025-02-10', 'user-1'],
      ['April call', '2025-04-10', 'user-1'],
      ['Colleague call', '2025-02-01', 'user-2'],
    ] as const) {
      const response = await post(BASE, {
        title,
        dueDate,
        assigneeId,
        related: { type: 'customer', id: 'c-1' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.headers['etag']).toBe('"1"');
      ids[title] = response.json<TaskBody>().id;
    }
    const done = await post(`${BASE}/${ids['February call'] ?? ''}/done`, undefined, { 'if-match': '"1"' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ done: true, version: 2 });
    const again = await post(`${BASE}/${ids['February call'] ?? ''}/done`);
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ code: 'TASK.ALREADY_DONE' });

    // Wait until the list has seen the last write; one runner applies events in order.
    for (let attempt = 0; attempt < 100; attempt++) {
      if ((await list('done=true')).items.length === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await list('assigneeId=user-1')).items.map((task) => task.title)).toEqual([
      'February call',
      'March call',
      'April call',
    ]);
    expect(
      (await list('assigneeId=user-1&done=false&due_before=2025-04-01')).items.map((task) => task.title),
    ).toEqual(['March call']);
    const firstPage = await list('due_before=2025-03-15&limit=1');
    expect(firstPage.items.map((task) => task.title)).toEqual(['Colleague call']);
    const cursor = encodeURIComponent(firstPage.nextCursor ?? '');
    const rest = await list(`due_before=2025-03-15&limit=5&cursor=${cursor}`);
    expect(rest.items.map((task) => task.title)).toEqual(['February call', 'March call']);
    expect(rest.nextCursor).toBeNull();
  });

  it('rejects bad input with field-level problem+json and appends nothing', async () => {
    const before = await storedEventCount(app);
    const response = await post(BASE, {
      title: ' ',
      dueDate: '1.3.2025',
      related: { type: 'planet', id: 'x' },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'dueDate', 'assigneeId', 'related.type']));
    const impossible = await post(BASE, { title: 'x', dueDate: '2025-02-30', assigneeId: 'user-1' });
    expect(impossible.json()).toMatchObject({ code: 'TASK.INVALID_DUE_DATE' });
    expect((await post(`${BASE}/0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77/done`)).statusCode).toBe(404);
    expect(await storedEventCount(app)).toBe(before);
  });
});
