import { Module } from '@nestjs/common';
import { CasesModule } from './cases/cases.module';

/** The service bounded context, as the composition root imports it. */
@Module({ imports: [CasesModule], exports: [CasesModule] })
export class ServiceModule {}
