import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { READINESS_PROBES, type ReadinessProbes } from './readiness-probes';

interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly checks: Readonly<Record<string, 'up' | 'down'>>;
}

/** Kubernetes probes: live = the process answers; ready = what it depends on answers too. */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_PROBES) private readonly probes: ReadinessProbes) {}

  @Get('live')
  live(): HealthReport {
    return { status: 'ok', checks: {} };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const entries = await Promise.all(
      Object.entries(this.probes).map(async ([name, check]) => [name, await probe(check)] as const),
    );
    const checks = Object.fromEntries(entries);
    const report: HealthReport = {
      status: Object.values(checks).every((state) => state === 'up') ? 'ok' : 'unavailable',
      checks,
    };
    // 503 with the report itself, so an operator sees which dependency is down.
    if (report.status !== 'ok') void reply.status(503);
    return report;
  }
}

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await check();
    return 'up';
  } catch {
    return 'down';
  }
}
