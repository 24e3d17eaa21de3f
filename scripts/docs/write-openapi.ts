import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadGatewayConfig } from '../../apps/gateway/src/config/gateway-config';
import { createGatewayApp } from '../../apps/gateway/src/create-gateway-app';
import { buildOpenApiDocument } from '../../apps/gateway/src/docs/openapi';

// Writes docs/openapi.json from the code; an e2e test fails when the committed file drifts from it.
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-openapi-'));
  try {
    const app = await createGatewayApp(
      loadGatewayConfig({ CRM_DATA_DIR: dataDir, CRM_ADMIN_PASSWORD: 'unused' }),
      { logger: false },
    );
    await app.init();
    const document = buildOpenApiDocument(app);
    await app.close();
    const target = resolve(__dirname, '../../../docs/openapi.json');
    writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`wrote ${target}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
