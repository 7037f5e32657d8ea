import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuBetween, cpuMs, cpuSnapshot, postgresPids } from '../common/proc';
import { forkNode } from '../common/processes';
import type { FromLoad, LoadFigures, LoadJob, ToLoad } from './protocol';

/** The forked load process: one autocannon job at a time. */
export class LoadProcess {
  private readonly child: ChildProcess = forkNode(join(__dirname, 'load.js'), [], '[load]');

  run(job: LoadJob): Promise<LoadFigures> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) => reject(new Error(`the load process exited (${code ?? signal}) during a run`));
      this.child.once('exit', onExit);
      this.child.once('message', (message: FromLoad) => {
        this.child.off('exit', onExit);
        if (message.type === 'done') resolve(message.figures);
        else reject(new Error(`the load process failed: ${message.message}`));
      });
      this.child.send({ type: 'run', job } satisfies ToLoad);
    });
  }
}

/** A measured window: the load's figures and what the server and PostgreSQL spent on it. */
export interface Window {
  figures: LoadFigures;
  serverCpuMs: number;
  /** Every `postgres` process on the machine, so also other databases' work (the machine is shared). */
  postgresCpuMs: number;
  /** (server + PostgreSQL CPU) / responses; null without responses. */
  cpuMsPerRequest: number | null;
  /** SQL statements / responses, from the server's own counter; null when it has none. */
  sqlPerRequest: number | null;
}

export interface Target {
  pid: number;
  /** The server's count of SQL statements so far, or null when it does not tell. */
  sqlStatements(): Promise<number | null>;
}

/**
 * Waits until a server has worked off the requests a run left in flight (autocannon stops
 * waiting for them when its time is up): until it uses under a tenth of a core for 200 ms, at
 * most 15 s. So the next scenario starts on a quiet server.
 */
async function settle(pid: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = cpuMs(pid) ?? 0;
  while (Date.now() < deadline) {
    await sleep(200);
    const now = cpuMs(pid) ?? 0;
    if (now - last < 20) return;
    last = now;
  }
}

/**
 * Warm-up (figures thrown away), then the measured run, with CPU and SQL counted around it
 * alone. The warm-up's leftovers run into the window as the window's own spill out of it: the
 * steady state either way.
 */
export async function measure(load: LoadProcess, target: Target, job: LoadJob, warmupSeconds: number): Promise<Window> {
  if (warmupSeconds > 0) await load.run({ ...job, seconds: warmupSeconds });
  const sqlBefore = await target.sqlStatements();
  const serverBefore = cpuSnapshot([target.pid]);
  const postgresBefore = cpuSnapshot(postgresPids());
  const figures = await load.run(job);
  const serverCpuMs = cpuBetween(serverBefore, cpuSnapshot([target.pid]));
  const postgresCpuMs = cpuBetween(postgresBefore, cpuSnapshot(postgresPids()));
  const sqlAfter = await target.sqlStatements();
  await settle(target.pid);
  const { requests } = figures;
  return {
    figures,
    serverCpuMs,
    postgresCpuMs,
    cpuMsPerRequest: requests ? (serverCpuMs + postgresCpuMs) / requests : null,
    sqlPerRequest: sqlBefore === null || sqlAfter === null || !requests ? null : (sqlAfter - sqlBefore) / requests,
  };
}

/** Non-2xx answers, socket errors and GraphQL errors: each must be 0. */
export const errorsOf = (window: Window) => window.figures.non2xx + window.figures.socketErrors + window.figures.graphqlErrors;
