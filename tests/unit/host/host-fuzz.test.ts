import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../temp-dir';
import { generateRequest, Seeded } from './fuzz-requests';
import { answersGoodRequest, rawRequest, spawnHost, type HostProcess } from './spawn-host';

const REQUESTS = 10_400;
const BATCH = 400;
const IN_FLIGHT = 40;

let tmp: ReturnType<typeof makeTempDir>;
let host: HostProcess;

beforeAll(async () => {
  tmp = makeTempDir();
  host = await spawnHost(tmp.dir);
});
afterAll(async () => {
  await host.stop();
  tmp.cleanup();
});

describe('the browser host under generated hostile requests', () => {
  it(`survives ${REQUESTS} generated request lines, headers and paths, answering a good request after each batch`, { timeout: 120_000 }, async () => {
    const random = new Seeded(20_260_101);
    const statuses = new Map<string, number>();
    const started = performance.now();
    for (let sent = 0; sent < REQUESTS; sent += BATCH) {
      const batch = Array.from({ length: BATCH }, () => generateRequest(random, host.port, host.token));
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const request = batch[next++]!;
          const reply = await rawRequest(host.port, request, { endAfterMs: 300, timeoutMs: 5_000 });
          const key = String(reply.status ?? 'closed');
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      expect(await answersGoodRequest(host), `the host stopped answering after ${sent + BATCH} requests`).toBe(true);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`host fuzz: ${REQUESTS} requests in ${seconds.toFixed(1)} s; answers ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(REQUESTS);
    expect(statuses.get('500') ?? 0, host.stderr()).toBe(0);
    expect(host.child.exitCode).toBeNull();
  });
});
