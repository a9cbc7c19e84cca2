/** The Demoland sample, imported through the same pipeline as any file. */
export { openSample } from './open-sample';
