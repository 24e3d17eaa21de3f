// What kubeconform cannot know: that the rendered overlays fit the apps. Each app Deployment's
// environment (ConfigMap, Secrets) must satisfy the app's own config loader, the gateway must reach the
// customer Service on the port the service listens on, the pods must be locked down, and prod's Secret
// references must be the ones its operators (or the documented `kubectl create secret`) provide.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadCustomerServiceConfig } from '../../apps/customer-svc/src/config/customer-service-config';
import { loadGatewayConfig } from '../../apps/gateway/src/config/gateway-config';
import { loadMarketingServiceConfig } from '../../apps/marketing-svc/src/config/marketing-service-config';
import { loadSalesServiceConfig } from '../../apps/sales-svc/src/config/sales-service-config';
import { loadServiceServiceConfig } from '../../apps/service-svc/src/config/service-service-config';

const ROOT = join(__dirname, '../..');
const KUSTOMIZE = join(ROOT, 'tmp/k8s-tools/bin/kustomize');

/** The parts of the rendered objects these tests read. */
interface KubeObject {
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly labels?: Readonly<Record<string, string>> };
  readonly spec?: {
    readonly replicas?: number;
    readonly minReplicas?: number;
    readonly template?: { readonly spec: PodSpec };
    readonly ports?: readonly { readonly port: number }[];
    readonly users?: readonly { readonly connectionStringSecretName: string }[];
    readonly ingress?: readonly NetworkRule[];
    readonly egress?: readonly NetworkRule[];
  };
  readonly data?: Readonly<Record<string, string>>;
}

interface PodSpec {
  readonly securityContext?: unknown;
  readonly containers: readonly Container[];
}

interface Container {
  readonly image: string;
  readonly ports: readonly { readonly containerPort: number }[];
  readonly envFrom?: readonly { readonly configMapRef: { readonly name: string } }[];
  readonly env: readonly EnvVar[];
  readonly securityContext?: unknown;
  readonly resources: { readonly requests?: unknown; readonly limits?: unknown };
  readonly startupProbe?: unknown;
  readonly livenessProbe?: unknown;
  readonly readinessProbe?: unknown;
  readonly volumeMounts?: readonly { readonly mountPath: string }[];
}

interface NetworkRule {
  readonly from?: readonly NetworkPeer[];
  readonly to?: readonly NetworkPeer[];
  readonly ports?: readonly { readonly port: number }[];
}

interface NetworkPeer {
  readonly podSelector?: { readonly matchLabels?: Readonly<Record<string, string>> };
}

interface EnvVar {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: { readonly secretKeyRef?: { readonly name: string; readonly key: string } };
}

beforeAll(() => {
  execFileSync('bash', [join(ROOT, 'scripts/k8s/install-tools.sh')], { cwd: ROOT, stdio: 'pipe' });
}, 600_000);

function render(overlay: string): KubeObject[] {
  const text = execFileSync(KUSTOMIZE, ['build', join(ROOT, 'deploy/k8s', overlay)], { encoding: 'utf8' });
  return parseAllDocuments(text).map((document) => document.toJSON() as KubeObject);
}

function named(objects: readonly KubeObject[], kind: string, name: string): KubeObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

/** kustomize appends a content hash to generated names: gateway-config-5f7d8 for gateway-config. */
function generated(objects: readonly KubeObject[], kind: string, name: string): KubeObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name.startsWith(`${name}-`));
  return found ?? named(objects, kind, name);
}

function podOf(objects: readonly KubeObject[], app: string): PodSpec {
  const pod = named(objects, 'Deployment', app).spec?.template?.spec;
  if (!pod) throw new Error(`Deployment ${app} has no pod template`);
  return pod;
}

function containerOf(objects: readonly KubeObject[], app: string): Container {
  const [container] = podOf(objects, app).containers;
  if (!container) throw new Error(`Deployment ${app} has no container`);
  return container;
}

/** The environment the container would get, Secrets decoded (dev generates them all). */
function environmentOf(objects: readonly KubeObject[], app: string): Record<string, string> {
  const container = containerOf(objects, app);
  const environment: Record<string, string> = {};
  for (const source of container.envFrom ?? [])
    Object.assign(environment, named(objects, 'ConfigMap', source.configMapRef.name).data);
  for (const variable of container.env) {
    const ref = variable.valueFrom?.secretKeyRef;
    const encoded = ref ? named(objects, 'Secret', ref.name).data?.[ref.key] : undefined;
    environment[variable.name] = encoded
      ? Buffer.from(encoded, 'base64').toString('utf8')
      : (variable.value ?? '');
  }
  return environment;
}

/** Each context service: its config loader, the files reading its environment, its gateway setting. */
const CONTEXT_SERVICES = [
  {
    app: 'customer-svc',
    load: loadCustomerServiceConfig,
    settings: 'libs/customer/src/customers/application/customer-settings.ts',
    gatewaySetting: 'CRM_CUSTOMER_SERVICE',
    portVariable: 'CUSTOMER_SVC_PORT',
    hostVariable: 'CUSTOMER_SVC_HOST',
  },
  {
    app: 'sales-svc',
    load: loadSalesServiceConfig,
    settings: 'libs/sales/src/shared/application/sales-settings.ts',
    gatewaySetting: 'CRM_SALES_SERVICE',
    portVariable: 'SALES_SVC_PORT',
    hostVariable: 'SALES_SVC_HOST',
  },
  {
    app: 'service-svc',
    load: loadServiceServiceConfig,
    settings: 'libs/service/src/cases/application/service-settings.ts',
    gatewaySetting: 'CRM_SERVICE_SERVICE',
    portVariable: 'SERVICE_SVC_PORT',
    hostVariable: 'SERVICE_SVC_HOST',
  },
  {
    app: 'marketing-svc',
    load: loadMarketingServiceConfig,
    settings: 'libs/marketing/src/shared/marketing-settings.ts',
    gatewaySetting: 'CRM_MARKETING_SERVICE',
    portVariable: 'MARKETING_SVC_PORT',
    hostVariable: 'MARKETING_SVC_HOST',
  },
] as const;
const APPS = ['gateway', ...CONTEXT_SERVICES.map(({ app }) => app)];
/** The files that read each app's environment (as in docker-compose.unit.spec.ts). */
const READERS: Readonly<Record<string, readonly string[]>> = {
  gateway: ['apps/gateway/src/config/gateway-config.ts'],
  ...Object.fromEntries(
    CONTEXT_SERVICES.map(({ app, settings }) => [
      app,
      [
        `apps/${app}/src/config/${app.replace(/-svc$/, '')}-service-config.ts`,
        'libs/context-host/src/context-service-config.ts',
        settings,
      ],
    ]),
  ),
};
const OVERLAY_SERVICES = ['dev', 'prod'].flatMap((overlay) =>
  CONTEXT_SERVICES.map((service) => ({ overlay, ...service })),
);

describe('deploy/k8s overlays', () => {
  let dev: KubeObject[] = [];
  let prod: KubeObject[] = [];
  const overlay = (name: string): KubeObject[] => (name === 'dev' ? dev : prod);

  beforeAll(() => {
    dev = render('overlays/dev');
    prod = render('overlays/prod');
  });

  it('give each app an environment its own config loader accepts (dev, all Secrets generated)', () => {
    expect(() => loadGatewayConfig(environmentOf(dev, 'gateway'))).not.toThrow();
    for (const { app, load } of CONTEXT_SERVICES) expect(() => load(environmentOf(dev, app))).not.toThrow();
  });

  it.each(APPS)('%s: sets only variables the app reads', (app) => {
    const sources = (READERS[app] ?? []).map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
    for (const objects of [dev, prod]) {
      const container = containerOf(objects, app);
      const fromConfigMaps = (container.envFrom ?? []).flatMap((source) =>
        Object.keys(named(objects, 'ConfigMap', source.configMapRef.name).data ?? {}),
      );
      const names = [...fromConfigMaps, ...container.env.map(({ name }) => name)];
      expect(names.filter((name) => !new RegExp(`['"\`]${name}['"\`]`).test(sources))).toEqual([]);
    }
  });

  it.each(OVERLAY_SERVICES)(
    '$overlay: the gateway reaches the $app Service on the port it listens on',
    ({ overlay: name, app, gatewaySetting, portVariable, hostVariable }) => {
      const objects = overlay(name);
      const gateway = generated(objects, 'ConfigMap', 'gateway-config').data ?? {};
      const service = generated(objects, 'ConfigMap', `${app}-config`).data ?? {};
      const servicePort = named(objects, 'Service', app).spec?.ports?.[0]?.port;
      expect(gateway['CRM_MODE']).toBe('distributed');
      expect(gateway[gatewaySetting]).toBe(`${app}:${String(servicePort)}`);
      expect(String(servicePort)).toBe(service[portVariable]);
      expect(service[hostVariable]).toBe('0.0.0.0');
      expect(containerOf(objects, app).ports[0]?.containerPort).toBe(Number(service[portVariable]));
    },
  );

  it.each(APPS)('%s: runs locked down (non-root, read-only root, no capabilities, seccomp)', (app) => {
    for (const objects of [dev, prod]) {
      const pod = podOf(objects, app);
      expect(pod.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      for (const container of pod.containers) {
        expect(container.securityContext).toEqual({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.resources.requests).toBeDefined();
        expect(container.resources.limits).toBeDefined();
        expect([container.startupProbe, container.livenessProbe, container.readinessProbe]).not.toContain(
          undefined,
        );
      }
    }
  });

  it('dev: every Deployment, the dev servers too, meets the restricted Pod Security Standard it enforces', () => {
    const namespace = dev.find(({ kind }) => kind === 'Namespace');
    expect(namespace?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const deployments = dev.filter(({ kind }) => kind === 'Deployment');
    expect(deployments.length).toBeGreaterThan(APPS.length);
    for (const { metadata } of deployments) {
      const pod = podOf(dev, metadata.name);
      expect(pod.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      for (const container of pod.containers)
        expect(container.securityContext).toMatchObject({
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
        });
    }
  });

  it.each(OVERLAY_SERVICES)(
    '$overlay: the network policies let the gateway reach the $app port',
    ({ overlay: name, app: service }) => {
      const objects = overlay(name);
      const port = containerOf(objects, service).ports[0]?.containerPort;
      const allows = (
        rules: readonly NetworkRule[] | undefined,
        peers: 'from' | 'to',
        app: string,
      ): boolean =>
        (rules ?? []).some(
          (rule) =>
            (rule.ports ?? []).some((allowed) => allowed.port === port) &&
            (rule[peers] ?? []).some(
              (peer) => peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === app,
            ),
        );
      expect(allows(named(objects, 'NetworkPolicy', 'gateway').spec?.egress, 'to', service)).toBe(true);
      expect(allows(named(objects, 'NetworkPolicy', service).spec?.ingress, 'from', 'gateway')).toBe(true);
    },
  );

  it('keeps the gateway data directory on a mounted volume (the root filesystem is read-only)', () => {
    const mounts = (containerOf(dev, 'gateway').volumeMounts ?? []).map(({ mountPath }) => mountPath);
    expect(mounts).toContain(loadGatewayConfig(environmentOf(dev, 'gateway')).dataDir);
  });

  it('prod: at least two replicas of each app, its images from the registry', () => {
    for (const app of APPS) {
      expect(named(prod, 'Deployment', app).spec?.replicas).toBeGreaterThanOrEqual(2);
      expect(named(prod, 'HorizontalPodAutoscaler', app).spec?.minReplicas).toBeGreaterThanOrEqual(2);
      expect(containerOf(prod, app).image).toMatch(new RegExp(`^ghcr\\.io/[\\w-]+/crm-${app}:`));
    }
  });

  it('prod: commits no Secret, and reads only Secrets its operators write or the guide creates', () => {
    expect(prod.filter(({ kind }) => kind === 'Secret')).toEqual([]);
    const cluster = named(prod, 'Cluster', 'crm-postgres');
    const mongo = named(prod, 'MongoDBCommunity', 'crm-mongodb');
    const provided = new Set([
      `${cluster.metadata.name}-app`, // CloudNativePG's application-user Secret
      ...(mongo.spec?.users ?? []).map((user) => user.connectionStringSecretName),
      'gateway-secrets', // docs/deploy/kubernetes.md: kubectl create secret generic gateway-secrets ...
    ]);
    const referenced = APPS.flatMap((app) =>
      containerOf(prod, app).env.flatMap((variable) =>
        variable.valueFrom?.secretKeyRef ? [variable.valueFrom.secretKeyRef.name] : [],
      ),
    );
    expect(referenced.filter((name) => !provided.has(name))).toEqual([]);
  });

  it('prod: a KafkaTopic for every context topic and its .dlq, on the Kafka cluster the apps use', () => {
    const topics = prod.filter(({ kind }) => kind === 'KafkaTopic');
    const expected = ['customer', 'sales', 'service', 'marketing'].flatMap((context) => [
      `crm.${context}.events.v1`,
      `crm.${context}.events.v1.dlq`,
    ]);
    expect(topics.map(({ metadata }) => metadata.name).sort()).toEqual(expected.sort());
    const kafka = prod.find(({ kind }) => kind === 'Kafka');
    for (const topic of topics)
      expect(topic.metadata.labels?.['strimzi.io/cluster']).toBe(kafka?.metadata.name);
    const brokers = generated(prod, 'ConfigMap', 'customer-svc-config').data?.['CRM_KAFKA_BROKERS'];
    expect(brokers).toBe(`${kafka?.metadata.name}-kafka-bootstrap:9092`);
  });
});
