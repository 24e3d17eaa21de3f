// docker-compose.yml cannot run on the development machine (no Docker engine), so this test checks what
// can be checked without one: that each app service's environment satisfies the app's own config
// loader, sets nothing the app ignores, and points at the right neighbours and Dockerfiles.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { loadCustomerServiceConfig } from '../../apps/customer-svc/src/config/customer-service-config';
import { loadGatewayConfig } from '../../apps/gateway/src/config/gateway-config';
import { loadMarketingServiceConfig } from '../../apps/marketing-svc/src/config/marketing-service-config';
import { loadSalesServiceConfig } from '../../apps/sales-svc/src/config/sales-service-config';
import { loadServiceServiceConfig } from '../../apps/service-svc/src/config/service-service-config';

const ROOT = join(__dirname, '../..');

type EnvironmentValue = string | number | boolean | null;

/** The part of the Compose file format this test reads. */
interface ComposeService {
  readonly build?: { readonly context?: string; readonly dockerfile?: string };
  // Map forms only (`NAME: value`, `service: { condition: ... }`); the tests reject the list forms.
  readonly environment?: Readonly<Record<string, EnvironmentValue>>;
  readonly ports?: readonly string[];
  readonly volumes?: readonly string[];
  readonly depends_on?: Readonly<Record<string, { readonly condition?: string }>>;
  readonly healthcheck?: unknown;
}

interface ComposeFile {
  readonly services: Readonly<Record<string, ComposeService>>;
}

// The server settings every context service shares (CRM_POSTGRES_URL, ...).
const CONTEXT_SERVICE_READER = 'libs/context-host/src/context-service-config.ts';

/** Each app: its config loader and the files holding every environment variable it reads. */
const APPS = {
  'customer-svc': {
    load: loadCustomerServiceConfig,
    // The customer context's own tunables are read in libs/customer, not by the app's loader.
    readers: [
      'apps/customer-svc/src/config/customer-service-config.ts',
      CONTEXT_SERVICE_READER,
      'libs/customer/src/customers/application/customer-settings.ts',
    ],
  },
  'sales-svc': {
    load: loadSalesServiceConfig,
    readers: [
      'apps/sales-svc/src/config/sales-service-config.ts',
      CONTEXT_SERVICE_READER,
      'libs/sales/src/shared/application/sales-settings.ts',
    ],
  },
  'service-svc': {
    load: loadServiceServiceConfig,
    readers: [
      'apps/service-svc/src/config/service-service-config.ts',
      CONTEXT_SERVICE_READER,
      'libs/service/src/cases/application/service-settings.ts',
    ],
  },
  'marketing-svc': {
    load: loadMarketingServiceConfig,
    readers: [
      'apps/marketing-svc/src/config/marketing-service-config.ts',
      CONTEXT_SERVICE_READER,
      'libs/marketing/src/shared/marketing-settings.ts',
    ],
  },
  // In distributed mode the gateway runs no context in-process, so only its loader reads the environment.
  gateway: { load: loadGatewayConfig, readers: ['apps/gateway/src/config/gateway-config.ts'] },
} as const;
type AppName = keyof typeof APPS;

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as ComposeFile;
const services = Object.entries(compose.services);
const appServices = services.flatMap(([name, service]) =>
  service.build ? [{ name, service, ...dockerfileOf(service) }] : [],
);

/** Where `build` points, and the app its `CMD ["node", "dist/apps/<app>/src/main.js"]` starts. */
function dockerfileOf(service: ComposeService): { dockerfile: string; app: string; script: string } {
  const context = join(ROOT, service.build?.context ?? '.');
  const dockerfile = relative(ROOT, join(context, service.build?.dockerfile ?? 'Dockerfile'));
  const text = existsSync(join(ROOT, dockerfile)) ? readFileSync(join(ROOT, dockerfile), 'utf8') : '';
  const cmd = [...text.matchAll(/^CMD\s+(\[.*\])\s*$/gm)].at(-1)?.[1];
  const script = cmd ? ((JSON.parse(cmd) as string[])[1] ?? '') : '';
  const app = /^dist\/apps\/([\w-]+)\/src\/main\.js$/.exec(script)?.[1] ?? '';
  return { dockerfile, app, script };
}

/**
 * The environment Compose would hand the container. `${VAR:?message}` makes Compose refuse to start
 * without VAR, so it stands for a test value; `${VAR:-default}` takes its default; a bare `${VAR}` is
 * empty, as when the variable is unset.
 */
function environmentOf(service: ComposeService): Record<string, string> {
  const declared = service.environment ?? {};
  if (Array.isArray(declared)) throw new Error('write environment as a map (NAME: value), not a list');
  return Object.fromEntries(
    Object.entries(declared).map(([name, value]) => [name, interpolate(String(value ?? ''))]),
  );
}

function interpolate(value: string): string {
  return value.replace(
    /\$\$|\$\{(\w+)(?:(:?[?-])([^}]*))?\}/g,
    (match, name: string, operator: string | undefined, argument: string) => {
      if (match === '$$') return '$';
      if (operator?.endsWith('?')) return `test-${name.toLowerCase()}-0123456789abcdef`;
      if (operator?.endsWith('-')) return argument;
      return '';
    },
  );
}

function appNamed(app: string, dockerfile: string): (typeof APPS)[AppName] {
  if (!(app in APPS)) throw new Error(`${dockerfile} starts no app of APPS (its CMD names "${app}")`);
  return APPS[app as AppName];
}

describe('docker-compose.yml', () => {
  it('builds one service per app, and only apps are built', () => {
    expect(appServices.map(({ app }) => app).sort()).toEqual(Object.keys(APPS).sort());
  });

  describe.each(appServices)('service $name', ({ service, dockerfile, app, script }) => {
    it('builds from an existing Dockerfile whose CMD starts that app', () => {
      expect(existsSync(join(ROOT, dockerfile))).toBe(true);
      expect(script).toMatch(/^dist\/apps\/[\w-]+\/src\/main\.js$/);
      // `npm run build` compiles apps/<app>/src/main.ts to dist/apps/<app>/src/main.js.
      expect(existsSync(join(ROOT, `apps/${app}/src/main.ts`))).toBe(true);
      expect(dirname(dockerfile)).toBe(`apps/${app}`);
    });

    it("declares an environment the app's own config loader accepts", () => {
      const { load } = appNamed(app, dockerfile);
      expect(() => load(environmentOf(service))).not.toThrow();
    });

    it('sets only variables the app reads', () => {
      const { readers } = appNamed(app, dockerfile);
      const sources = readers.map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
      const unread = Object.keys(environmentOf(service)).filter(
        (variable) => !new RegExp(`['"\`]${variable}['"\`]`).test(sources),
      );
      expect(unread).toEqual([]);
    });

    it('waits for healthy dependencies', () => {
      const dependsOn = service.depends_on ?? {};
      // The short list form only waits for the container to start.
      if (Array.isArray(dependsOn)) throw new Error('depends_on must name a condition: service_healthy');
      for (const [dependency, { condition }] of Object.entries(dependsOn)) {
        expect({ dependency, condition }).toEqual({ dependency, condition: 'service_healthy' });
        expect(compose.services[dependency]?.healthcheck).toBeDefined();
      }
    });

    it("listens on all interfaces of its container, not the loader's 127.0.0.1 default", () => {
      const { load } = appNamed(app, dockerfile);
      expect(load(environmentOf(service)).host).toBe('0.0.0.0');
    });
  });

  describe('gateway', () => {
    const gateway = compose.services['gateway'] ?? {};
    const config = loadGatewayConfig(environmentOf(gateway));

    it.each([
      ['customer-svc', config.customerService],
      ['sales-svc', config.salesService],
      ['service-svc', config.serviceService],
      ['marketing-svc', config.marketingService],
    ] as const)('runs distributed and reaches %s by its service name and port', (name, address) => {
      expect(config.mode).toBe('distributed');
      const serviceConfig = APPS[name].load(environmentOf(compose.services[name] ?? {}));
      expect(address).toEqual({ host: name, port: serviceConfig.port });
    });

    it('takes the admin password and JWT secret from the operator, never from the file', () => {
      for (const variable of ['CRM_ADMIN_PASSWORD', 'CRM_JWT_SECRET']) {
        const declared = gateway.environment?.[variable];
        expect(declared).toMatch(new RegExp(`^\\$\\{${variable}:\\?.+\\}$`));
      }
    });

    it('keeps CRM_DATA_DIR on a named volume', () => {
      expect(gateway.volumes ?? []).toContainEqual(
        expect.stringMatching(new RegExp(`^[\\w-]+:${config.dataDir}$`)),
      );
    });

    it('is the only service publishing a port, its PORT on 127.0.0.1', () => {
      const publishing = services
        .filter(([, service]) => (service.ports ?? []).length > 0)
        .map(([name]) => name);
      expect(publishing).toEqual(['gateway']);
      expect(gateway.ports).toEqual([`127.0.0.1:${config.port}:${config.port}`]);
    });
  });
});
