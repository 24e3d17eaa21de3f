import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { GATEWAY_DATABASE, openGatewayDatabase } from './gateway-database';

/** The gateway's own records (users, idempotency keys, settings) and its configuration, in both modes. */
@Global()
@Module({})
export class GatewayRecordsModule implements OnApplicationShutdown {
  constructor(@Inject(GATEWAY_DATABASE) private readonly database: Database.Database) {}

  static forConfig(config: GatewayConfig): DynamicModule {
    mkdirSync(config.dataDir, { recursive: true });
    return {
      module: GatewayRecordsModule,
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: GATEWAY_DATABASE, useFactory: () => openGatewayDatabase(config.dataDir) },
      ],
      exports: [GATEWAY_CONFIG, GATEWAY_DATABASE],
    };
  }

  onApplicationShutdown(): void {
    this.database.close();
  }
}
