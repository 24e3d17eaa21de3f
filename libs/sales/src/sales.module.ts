import { Module } from '@nestjs/common';
import { SalesApplicationModule } from './sales-application.module';
import { SALES_CONTROLLERS } from './sales-controllers';

/** Standalone: the sales HTTP endpoints over the in-process application core. */
@Module({ imports: [SalesApplicationModule], controllers: SALES_CONTROLLERS })
export class SalesModule {}
