/** Indicator schemas: the embedded default, validated and installed into the workspace. */
export { DEFAULT_SCHEMA, loadEmbeddedSchema } from './load-schema';
export { getSchema, installSchema, listSchemas } from './schema-store';
