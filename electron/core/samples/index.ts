export { openSample } from './open-sample';
