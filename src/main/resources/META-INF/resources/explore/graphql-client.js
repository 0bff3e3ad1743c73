// A minimal GraphQL-over-HTTP client: POST {query, variables} as JSON, throw on errors (the
// thrown Error keeps the API's errors, each with its message and extensions.code, in .errors).
// Small enough that vendoring a client library would add more than it saves.
window.graphql = async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: query, variables: variables || {} }),
  });
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error('the API answered ' + response.status + ' without JSON');
  }
  if (body.errors && body.errors.length) {
    const error = new Error(body.errors.map((e) => e.message).join('; '));
    error.errors = body.errors;
    throw error;
  }
  if (!response.ok) throw new Error('the API answered ' + response.status);
  return body.data;
};
