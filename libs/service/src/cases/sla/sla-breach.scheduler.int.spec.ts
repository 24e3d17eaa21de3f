import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { CaseCommandService } from '../application/case-command.service';
import { caseStreamId } from '../application/case-stream';
import { SERVICE_SETTINGS, type ServiceSettings } from '../application/service-settings';
import { createCasesTestApp, type CasesTestApp } from '../http/cases-test-app';
import { SLA_SCHEDULER_ACTOR, SlaBreachScheduler } from './sla-breach.scheduler';

const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';

describe(SlaBreachScheduler.name, () => {
  let test: CasesTestApp;
  let eventStore: EventStore;

  beforeEach(async () => {
    test = await createCasesTestApp();
    eventStore = test.app.get<EventStore>(EVENT_STORE);
    test.clock.set('2025-03-03T08:00:00.000Z');
  });

  afterEach(async () => {
    await test.close();
  });

  async function openUrgentCase(tenant = 'default'): Promise<string> {
    const response = await test.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'x-test-tenant': tenant },
      payload: { customerId: CUSTOMER_ID, type: 'complaint', priority: 'urgent', subject: 'No answer' },
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  async function breachesOf(caseId: string) {
    const events = await eventStore.readStream(caseStreamId(caseId));
    return events.filter((event) => event.type === 'service.SlaBreached');
  }

  /** A scheduler as a restarted process (or a second replica) would build it, on the same stores. */
  function anotherScheduler(): SlaBreachScheduler {
    return new SlaBreachScheduler(
      test.app.get<DocumentStore>(DOCUMENT_STORE),
      test.app.get(CaseCommandService),
      test.app.get<ServiceSettings>(SERVICE_SETTINGS),
      test.clock,
    );
  }

  it('records nothing before the due time', async () => {
    const caseId = await openUrgentCase();
    await test.caughtUp();
    test.clock.advanceMinutes(60);
    expect(await test.app.get(SlaBreachScheduler).scan()).toEqual({ detected: 0, recorded: 0 });
    expect(await breachesOf(caseId)).toHaveLength(0);
  });

  it('records a breach exactly once across two scans and a restart', async () => {
    const caseId = await openUrgentCase();
    await test.caughtUp();
    test.clock.advanceMinutes(61);
    const scheduler = test.app.get(SlaBreachScheduler);

    expect(await scheduler.scan()).toEqual({ detected: 1, recorded: 1 });
    // The watch list may not have caught up yet: the second scan finds it again, the decider says no.
    const second = await scheduler.scan();
    expect(second.recorded).toBe(0);
    await test.caughtUp();
    expect(await anotherScheduler().scan()).toEqual({ detected: 0, recorded: 0 });

    const breaches = await breachesOf(caseId);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({
      actor: SLA_SCHEDULER_ACTOR,
      tenantId: 'default',
      data: {
        kind: 'first_response',
        dueAt: '2025-03-03T09:00:00.000Z',
        detectedAt: '2025-03-03T09:01:00.000Z',
        customerId: CUSTOMER_ID,
      },
    });
  });

  it('records each breach once when two replicas scan at the same moment, in every tenant', async () => {
    const own = await openUrgentCase();
    const other = await openUrgentCase('tenant-other');
    await test.caughtUp();
    test.clock.advanceMinutes(5 * 60);
    const [first, second] = await Promise.all([anotherScheduler().scan(), anotherScheduler().scan()]);
    // Both clocks of both cases are overdue: four breaches, whichever replica got each one.
    expect(first.recorded + second.recorded).toBe(4);
    for (const caseId of [own, other]) {
      const kinds = (await breachesOf(caseId)).map((event) => (event.data as { kind: string }).kind);
      expect(kinds.sort()).toEqual(['first_response', 'resolution']);
    }
    const [otherBreach] = await breachesOf(other);
    expect(otherBreach?.tenantId).toBe('tenant-other');
  });

  it('leaves answered clocks alone and shows the breach on the case', async () => {
    const answered = await openUrgentCase();
    const ignored = await openUrgentCase();
    test.clock.advanceMinutes(30);
    await test.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${answered}/comments`,
      payload: { body: 'On it' },
    });
    await test.caughtUp();
    test.clock.advanceMinutes(40);
    expect(await test.app.get(SlaBreachScheduler).scan()).toEqual({ detected: 1, recorded: 1 });
    expect(await breachesOf(answered)).toHaveLength(0);
    await test.caughtUp();
    const read = await test.app.inject({ method: 'GET', url: `/api/v1/cases/${ignored}` });
    expect(read.json()).toMatchObject({
      breached: true,
      sla: { firstResponse: { breached: true, breachDetectedAt: '2025-03-03T09:10:00.000Z' } },
    });
  });

  it('scans on its interval once started, and stops with the module', async () => {
    const caseId = await openUrgentCase();
    await test.caughtUp();
    test.clock.advanceMinutes(61);
    const ticking = new SlaBreachScheduler(
      test.app.get<DocumentStore>(DOCUMENT_STORE),
      test.app.get(CaseCommandService),
      { ...test.app.get<ServiceSettings>(SERVICE_SETTINGS), slaScanIntervalMs: 20 },
      test.clock,
    );
    ticking.start();
    for (let attempt = 0; attempt < 100 && (await breachesOf(caseId)).length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await ticking.stop();
    expect(await breachesOf(caseId)).toHaveLength(1);
  });
});
