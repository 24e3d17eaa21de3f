import { checkReadiness, type ReadinessReport } from '@crm/http';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { READINESS_PROBES, type ReadinessProbes } from './readiness-probes';

/** Kubernetes probes: live = the process answers; ready = what it depends on answers too. */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_PROBES) private readonly probes: ReadinessProbes) {}

  @Get('live')
  live(): ReadinessReport {
    return { status: 'ok', checks: {} };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const report = await checkReadiness(this.probes);
    // 503 with the report itself, so an operator sees which dependency is down.
    if (report.status !== 'ok') void reply.status(503);
    return report;
  }
}
