export { DEFAULT_SCHEMA, loadEmbeddedSchema } from './load-schema';
export { getSchema, installSchema, listSchemas } from './schema-store';
