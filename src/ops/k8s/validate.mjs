// Validates the generated Kubernetes manifests (target/kubernetes/kubernetes.yml, or the file
// given) against the Kubernetes OpenAPI schemas bundled in the npm package kubernetes-models,
// then checks what the topology needs from them. Prints "N passed, N failed".
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const file = process.argv[2] || '../../../target/kubernetes/kubernetes.yml';
let passed = 0, failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
};

async function model(doc) {
  const [group, version] = doc.apiVersion.includes('/') ? doc.apiVersion.split('/') : [null, doc.apiVersion];
  const mod = await import(`kubernetes-models/${group ? group + '/' : ''}${version}`).catch(() => ({}));
  return mod[doc.kind];
}

async function validate(doc) {
  const Model = await model(doc);
  if (!Model) return `no schema for ${doc.apiVersion} ${doc.kind}`;
  try {
    new Model(doc).validate();
    return null;
  } catch (e) {
    return (e.errors || []).map((x) => `${x.instancePath} ${x.message}`).join('; ') || e.message;
  }
}

const docs = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
for (const doc of docs) {
  const error = await validate(doc);
  check(`${doc.kind} ${doc.metadata?.name} is valid against the ${doc.apiVersion} schema`, !error, error || '');
}

// The validator does catch mistakes: a copy of the Deployment with a wrong type must fail.
const deployment = docs.find((d) => d.kind === 'Deployment');
{
  const broken = structuredClone(deployment);
  broken.spec.replicas = 'two';
  broken.spec.template.spec.containers[0].readinessProbe.httpGet.port = { wrong: true };
  check('the validator rejects a broken copy of the Deployment', (await validate(broken)) !== null,
    await validate(broken) || 'accepted');
}

const container = deployment?.spec?.template?.spec?.containers?.[0];
const env = Object.fromEntries((container?.env || []).map((e) => [e.name, e.value ?? e.valueFrom]));
check('Deployment serves from a replica (RUDPRK_MODE=serve) with liveness and readiness probes',
  env.RUDPRK_MODE === 'serve' && container.livenessProbe?.httpGet?.path === '/q/health/live'
    && container.readinessProbe?.httpGet?.path === '/q/health/ready');
check('Deployment requests CPU and memory', !!container?.resources?.requests?.cpu && !!container?.resources?.requests?.memory,
  JSON.stringify(container?.resources?.requests));
const service = docs.find((d) => d.kind === 'Service');
check('Service selects the Deployment\'s pods', service && Object.entries(service.spec.selector)
  .every(([k, v]) => deployment.spec.template.metadata.labels[k] === v));
const job = docs.find((d) => d.kind === 'Job');
const jobEnv = Object.fromEntries((job?.spec?.template?.spec?.containers?.[0]?.env || []).map((e) => [e.name, e.value]));
check('the loading Job runs mode load against the primary', jobEnv.RUDPRK_MODE === 'load'
  && /primary/.test(jobEnv.QUARKUS_DATASOURCE_JDBC_URL || ''));
const hpa = docs.find((d) => d.kind === 'HorizontalPodAutoscaler');
check('HorizontalPodAutoscaler scales the Deployment', hpa?.spec?.scaleTargetRef?.name === deployment?.metadata?.name
  && hpa?.spec?.scaleTargetRef?.kind === 'Deployment', `${hpa?.spec?.minReplicas}..${hpa?.spec?.maxReplicas} replicas`);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
