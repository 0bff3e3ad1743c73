// Validates the generated Kubernetes manifests (target/kubernetes/kubernetes.yml, or the file
// given) against the Kubernetes OpenAPI schemas bundled in the npm package kubernetes-models
// (types, formats, required fields), then, since those schemas accept unknown fields, compiles
// each object as a TypeScript literal of its type from the npm package kubernetes-types, whose
// excess-property check rejects any field Kubernetes does not define (a misspelt `replica` would
// otherwise be dropped silently by the API server). Last, checks what the topology needs from
// them. Prints "N passed, N failed".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
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

/** Fields Kubernetes does not define, per object: TypeScript's excess-property errors. */
function unknownFields(objects) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(here, 'node_modules', '.cache', 'rudprk-k8s');
  mkdirSync(dir, { recursive: true });
  const source = join(dir, 'manifests.ts');
  const lines = [];
  const lineOf = [];
  objects.forEach((o, i) => {
    const path = o.apiVersion.includes('/') ? o.apiVersion : `core/${o.apiVersion}`;
    lines.push(`import type { ${o.kind} as T${i} } from 'kubernetes-types/${path}';`);
  });
  objects.forEach((o, i) => {
    for (const l of `export const o${i}: T${i} = ${JSON.stringify(o, null, 1)};`.split('\n')) {
      lines.push(l);
      lineOf[lines.length - 1] = i;
    }
  });
  writeFileSync(source, lines.join('\n'));
  const program = ts.createProgram([source], {
    noEmit: true, strict: true, skipLibCheck: true, target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10,
  });
  const errors = objects.map(() => []);
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    const i = lineOf[line];
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (i === undefined) throw new Error(`kubernetes-types: ${message}`);
    errors[i].push(message);
  }
  return errors;
}

const docs = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
for (const doc of docs) {
  const error = await validate(doc);
  check(`${doc.kind} ${doc.metadata?.name} is valid against the ${doc.apiVersion} schema`, !error, error || '');
}
unknownFields(docs).forEach((errors, i) => {
  check(`${docs[i].kind} ${docs[i].metadata?.name} has no field Kubernetes does not define`, errors.length === 0,
    errors.join('; '));
});

// The validator does catch mistakes: a copy of the Deployment with a wrong type must fail.
const deployment = docs.find((d) => d.kind === 'Deployment');
{
  const broken = structuredClone(deployment);
  broken.spec.replicas = 'two';
  broken.spec.template.spec.containers[0].readinessProbe.httpGet.port = { wrong: true };
  check('the validator rejects a broken copy of the Deployment', (await validate(broken)) !== null,
    await validate(broken) || 'accepted');
  const misspelt = structuredClone(deployment);
  misspelt.spec.replica = 2;
  const [errors] = unknownFields([misspelt]);
  check('the unknown-field check rejects a copy with a misspelt field', errors.length > 0,
    errors.join('; ') || 'accepted');
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
