import { Module } from '@nestjs/common';
import { SalesTargetService } from './application/sales-target.service';

/** Sales targets per owner and period, with attainment from the order read model. */
@Module({ providers: [SalesTargetService], exports: [SalesTargetService] })
export class SalesTargetsModule {}
