export { resourcesDir } from './resources-dir';
