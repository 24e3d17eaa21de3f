// `npm run k8s:validate` on the real manifests (must pass) and on a copy broken in several ways (each
// must be reported). The tools come from scripts/k8s/install-tools.sh: .ci/run has installed them by
// now; on a fresh machine beforeAll installs them (Go module proxy, PyPI), and a failed install fails
// the suite rather than skipping it.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const K8S = join(ROOT, 'deploy/k8s');
const INSTALL_TIMEOUT_MS = 600_000;
const VALIDATE_TIMEOUT_MS = 120_000;

interface Run {
  readonly status: number | null;
  readonly output: string;
}

function validate(k8sDir: string): Run {
  const run = spawnSync('bash', [join(ROOT, 'scripts/k8s/validate.sh'), k8sDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: VALIDATE_TIMEOUT_MS,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Replaces the first `from` in a file of the copy; fails if the manifests no longer contain it. */
function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains "${from}": update this test`);
  writeFileSync(path, text.replace(from, to));
}

/** The kubeconform line about one object, e.g. `Deployment gateway is invalid: ...`. */
function reportOn(run: Run, kind: string, name: string): string {
  return run.output.split('\n').find((line) => line.includes(` ${kind} ${name} `)) ?? '';
}

beforeAll(() => {
  execFileSync('bash', [join(ROOT, 'scripts/k8s/install-tools.sh')], { cwd: ROOT, stdio: 'pipe' });
}, INSTALL_TIMEOUT_MS);

describe('npm run k8s:validate', () => {
  it(
    'accepts the base and every overlay, each object validated and none skipped',
    () => {
      const run = validate(K8S);
      expect(run.output).not.toMatch(/Invalid: [1-9]|Errors: [1-9]|Skipped: [1-9]/);
      for (const target of ['base', 'overlays/dev', 'overlays/prod'])
        expect(run.output).toContain(`::: ${target} (`);
      expect(run.status).toBe(0);
    },
    VALIDATE_TIMEOUT_MS,
  );

  describe('on a broken copy', () => {
    let copy = '';
    let run: Run = { status: null, output: '' };

    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), 'crm-k8s-'));
      cpSync(K8S, copy, { recursive: true });
      edit(copy, 'base/gateway/deployment.yaml', 'replicas: 2', 'replicas: two');
      edit(
        copy,
        'base/customer-svc/deployment.yaml',
        'image: crm-customer-svc',
        'imagePullPolcy: Always\n          image: crm-customer-svc',
      );
      edit(copy, 'overlays/prod/data-plane/kafka-topics.yaml', 'partitions: 12', 'partitions: 0');
      edit(copy, 'overlays/prod/data-plane/postgres.yaml', 'instances: 3', 'instances: three');
      edit(copy, 'overlays/prod/data-plane/mongodb.yaml', 'members: 3', 'memberz: 3');
      // A kind with no schema at all must fail too, not be skipped.
      appendFileSync(
        join(copy, 'overlays/dev/namespace.yaml'),
        '---\napiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\n',
      );
      run = validate(copy);
    }, VALIDATE_TIMEOUT_MS);

    afterAll(() => {
      rmSync(copy, { recursive: true, force: true });
    });

    it('fails', () => {
      expect(run.status).not.toBe(0);
      expect(run.output).toContain('validation FAILED');
    });

    it('reports a Kubernetes field of the wrong type', () => {
      expect(reportOn(run, 'Deployment', 'gateway')).toMatch(/\/spec\/replicas'?: got string/);
    });

    it('reports an unknown field (strict)', () => {
      expect(reportOn(run, 'Deployment', 'customer-svc')).toMatch(/additional properties 'imagePullPolcy'/);
    });

    it('reports a KafkaTopic against the Strimzi CRD schema', () => {
      expect(reportOn(run, 'KafkaTopic', 'crm.customer.events.v1')).toMatch(/\/spec\/partitions'?: minimum/);
    });

    it('reports a CloudNativePG Cluster and a MongoDBCommunity against their CRD schemas', () => {
      expect(reportOn(run, 'Cluster', 'crm-postgres')).toMatch(
        /\/spec\/instances'?: got string, want integer/,
      );
      expect(reportOn(run, 'MongoDBCommunity', 'crm-mongodb')).toMatch(/additional properties 'memberz'/);
    });

    it('fails on a kind it has no schema for', () => {
      expect(run.output).toMatch(/Widget w .*could not find schema/);
    });
  });
});
