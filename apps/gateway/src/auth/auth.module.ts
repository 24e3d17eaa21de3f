import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type Database from 'better-sqlite3';
import { createSecretKey, randomBytes } from 'node:crypto';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway-config';
import { GATEWAY_DATABASE } from '../persistence/gateway-database';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { UserDirectory } from './user-directory';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [GATEWAY_CONFIG, GATEWAY_DATABASE],
      useFactory: (config: GatewayConfig, database: Database.Database) => ({
        // A KeyObject, built once: given a string, jsonwebtoken re-parses it as a public key (and fails)
        // on every verify, which cost a fifth of the gateway's CPU under load.
        secret: createSecretKey(Buffer.from(config.jwtSecret ?? standaloneSigningSecret(database))),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, UserDirectory, { provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class AuthModule {}

// Standalone mode keeps a generated secret beside its data, so tokens survive a restart.
function standaloneSigningSecret(database: Database.Database): string {
  database
    .prepare("INSERT OR IGNORE INTO settings (name, value) VALUES ('jwt-secret', ?)")
    .run(randomBytes(32).toString('base64url'));
  const row = database
    .prepare<[], { value: string }>("SELECT value FROM settings WHERE name = 'jwt-secret'")
    .get();
  if (!row) throw new Error('jwt-secret setting missing after insert');
  return row.value;
}
