// Prism validates a body only if its schema compiles: when AJV refuses a schema (`nullable` without a `type`, a duplicate
// enum value after Prism adds null, …) Prism lets every body through without a word. This compiles every request and
// response body schema of client/openapi/v1.json the way Prism 5.16 sees it (its own OpenAPI conversion, its AJV
// settings) and fails naming each one that would be left unchecked.
//
//   node dist/validator-coverage.js [document.json]
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const prismHttp = require('@stoplight/prism-http') as {
  getHttpOperationsFromSpec: (document: string) => Promise<PrismOperation[]>;
};
// The AJV and allOf merger Prism itself loads (dependencies of @stoplight/prism-http), used as its body validator does.
const fromPrism = (name: string) => require(require.resolve(name, { paths: [require.resolve('@stoplight/prism-http')] }));
const Ajv = fromPrism('ajv').default as new (options: object) => { compile: (schema: object) => unknown };
const mergeAllOf = fromPrism('@stoplight/json-schema-merge-allof') as (schema: object, options: object) => object;
const withoutAllOf = (schema: object) => {
  try {
    return mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
  } catch {
    return schema;
  }
};

interface PrismContent { mediaType: string; schema?: object }
interface PrismOperation {
  method: string;
  path: string;
  iid?: string;
  request?: { body?: { contents?: PrismContent[] } };
  responses: { code: string; contents?: PrismContent[] }[];
}

const document = process.argv[2] ?? fileURLToPath(new URL('../../../client/openapi/v1.json', import.meta.url));
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false, logger: false });
const operations = await prismHttp.getHttpOperationsFromSpec(document);
const unchecked: string[] = [];
let compiled = 0;
for (const operation of operations) {
  const bodies = [
    ...(operation.request?.body?.contents ?? []).map((content) => ({ where: 'request', content })),
    ...operation.responses.flatMap((response) => (response.contents ?? []).map((content) => ({ where: `response ${response.code}`, content }))),
  ];
  for (const { where, content } of bodies) {
    if (!content.schema) continue;
    try {
      ajv.compile(withoutAllOf(content.schema));
      compiled++;
    } catch (error) {
      unchecked.push(`UNCHECKED ${operation.method.toUpperCase()} ${operation.path} ${where} ${content.mediaType}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
for (const line of unchecked) console.error(line);
console.log(`validator coverage: ${compiled} body schemas of ${operations.length} operations compile for Prism, ${unchecked.length} would go unchecked`);
process.exit(unchecked.length === 0 && compiled > 0 ? 0 : 1);
