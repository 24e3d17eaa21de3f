import { Module } from '@nestjs/common';
import { CaseApplicationModule } from './case-application.module';
import { CasesController } from './http/cases.controller';

/** Standalone: the case HTTP endpoints over the in-process application core. */
@Module({
  imports: [CaseApplicationModule],
  controllers: [CasesController],
  exports: [CaseApplicationModule],
})
export class CasesModule {}
