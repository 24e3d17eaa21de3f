import { Module } from '@nestjs/common';
import { SalesTargetService } from './application/sales-target.service';
import { SalesTargetsController } from './http/sales-targets.controller';

/** Sales targets per owner and period, with attainment from the order read model. */
@Module({ controllers: [SalesTargetsController], providers: [SalesTargetService] })
export class SalesTargetsModule {}
