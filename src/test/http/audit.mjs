// Runs every GraphQL-over-HTTP conformance audit of graphql-http (MUST, SHOULD and MAY)
// against the running service and fails unless all pass.
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:8096/graphql';
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ name: audit.name, status: result.status, reason: result.reason });
}
const passed = results.filter((r) => r.status === 'ok');
const failed = results.filter((r) => r.status !== 'ok');
for (const r of failed) {
  console.log(`${r.status.toUpperCase()}: ${r.name}\n    ${r.reason}`);
}
console.log(`graphql-http audits against ${url}: ${results.length} run`);
console.log(`${passed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
