// @vitest-environment node
// The probe is synchronous (it blocks this process), so every server here runs in a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { probePort, reuseExistingServer } from './e2e-port.cjs';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `node args…` and waits until it prints its first line (it is listening then). */
async function serve(args: string[]): Promise<void> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const FOREIGN = `require('node:http').createServer((q, r) => r.end('someone else'))
  .listen(Number(process.argv[1]), '127.0.0.1', () => console.log('up'));`;

/** A course server for a build folder named `dirName` in a new temporary checkout; returns its path. */
async function courseServer(dirName: string, port: number): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-port-')), dirName);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
  await serve([path.join(__dirname, 'serve-static.mjs'), dir, '/course-under-test/', String(port)]);
  return dir;
}

const url = (port: number) => `http://127.0.0.1:${port}/course-under-test/`;
const options = (port: number, ci = false, dir = 'build-e2e') => ({ url: url(port), port, dir, ci, env: {} });

describe('e2e port check', () => {
  it('starts a server when nothing listens on the port', async () => {
    const port = await freePort();
    expect(probePort(url(port), 'build-e2e').state).toBe('free');
    expect(reuseExistingServer(options(port))).toBe(false);
  });

  it('stops, naming the port and E2E_PORT, when another program holds the port', async () => {
    const port = await freePort();
    await serve(['-e', FOREIGN, String(port)]);
    expect(() => reuseExistingServer(options(port))).toThrow(
      new RegExp(`Port ${port} is taken[\\s\\S]*E2E_PORT=${port + 1} npm run test:e2e`),
    );
  });

  it('stops when the course server there serves another build folder', async () => {
    const port = await freePort();
    await courseServer('build', port);
    expect(() => reuseExistingServer(options(port))).toThrow(`Port ${port} is taken`);
  });

  it('stops when the course server there serves another checkout’s test build', async () => {
    const port = await freePort();
    await courseServer('build-e2e', port);
    // Same folder name, another clone: its pages would not match this checkout's build.
    expect(() => reuseExistingServer(options(port, false, path.resolve('build-e2e')))).toThrow(
      `Port ${port} is taken`,
    );
  });

  it('stops, saying browsers refuse it, on a port from the Fetch standard’s "bad port" list', () => {
    // 4190 is on that list (so is 6000, X11): Node's fetch and Chromium both refuse it, whether or not
    // anything listens there, so it is neither free nor taken.
    expect(probePort(url(4190), 'build-e2e').state).toBe('unsafe');
    expect(() => reuseExistingServer(options(4190))).toThrow(
      /Browsers refuse to open port 4190[\s\S]*E2E_PORT=/,
    );
  });

  it('leaves the decision to the main process: a test worker loading the config never throws', async () => {
    const port = await freePort();
    await serve(['-e', FOREIGN, String(port)]);
    const worker = { ...options(port, true), env: { TEST_WORKER_INDEX: '0' } };
    expect(reuseExistingServer(worker)).toBe(true);
  });

  it('reuses the course server already serving the test build, but never on CI', async () => {
    const port = await freePort();
    const dir = await courseServer('build-e2e', port);
    expect(reuseExistingServer(options(port, false, dir))).toBe(true);
    expect(() => reuseExistingServer(options(port, true, dir))).toThrow(
      'a course server is already running there',
    );
  });
});
