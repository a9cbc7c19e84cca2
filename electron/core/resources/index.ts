/** Where the embedded resources (the default schema, the sample workbook) live. */
export { resourcesDir } from './resources-dir';
