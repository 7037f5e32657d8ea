import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Every child this run started, so that every exit path (done, failure, Ctrl-C) ends them all. */
const children = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** SIGTERM to each child still running, SIGKILL to those still there after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const outcome = await Promise.race([exited.then(() => 'exited' as const), sleep(graceMs).then(() => 'late' as const)]);
  if (outcome === 'late') {
    child.kill('SIGKILL');
    await exited;
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((child) => stopChild(child)));
}

/** Last resort on process exit: synchronous, so only signals. */
function killAllNow(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

let installed = false;

/** Ends every child when this process ends, however it ends (short of SIGKILL). */
export function installExitHandlers(onSignal: () => Promise<void>): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping every child process\n`);
      const hardStop = setTimeout(() => process.exit(130), 8000);
      hardStop.unref();
      onSignal()
        .catch(() => undefined)
        .finally(() => process.exit(130));
    });
  }
}

/** Prefixes each line of a child's output, so the children's logs stay readable among ours. */
function relay(stream: NodeJS.ReadableStream | null, prefix: string, into: NodeJS.WritableStream): void {
  let pending = '';
  stream?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) into.write(`${prefix} ${line}\n`);
  });
}

export function spawnNode(script: string, args: string[], env: NodeJS.ProcessEnv, prefix: string, nodeArgs: string[] = []): ChildProcess {
  const child = track(spawn(process.execPath, [...nodeArgs, script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  relay(child.stdout, prefix, process.stdout);
  relay(child.stderr, prefix, process.stderr);
  return child;
}

export function forkNode(script: string, args: string[], prefix: string): ChildProcess {
  const child = track(fork(script, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }));
  relay(child.stdout, prefix, process.stdout);
  relay(child.stderr, prefix, process.stderr);
  return child;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once GET `url` answers 200; rejects when the child exits first or `timeoutMs` pass. */
export async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Resolves when the child writes `word` on a line of its standard output. */
export function waitForLine(child: ChildProcess, word: string, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${word}" from the child within ${timeoutMs / 1000} s`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().split('\n').includes(word)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child exited (${code}) before saying "${word}"`));
    });
  });
}
