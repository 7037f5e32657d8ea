import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { cpuBetween, cpuSnapshot, postgresPids } from '../common/proc';
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
  /** (server + PostgreSQL CPU) / responses. */
  cpuMsPerRequest: number;
  /** SQL statements / responses, from the server's own counter; null when it has none. */
  sqlPerRequest: number | null;
}

export interface Target {
  pid: number;
  /** The server's count of SQL statements so far, or null when it does not tell. */
  sqlStatements(): Promise<number | null>;
}

/** Warm-up (figures thrown away), then the measured run, with CPU and SQL counted around it alone. */
export async function measure(load: LoadProcess, target: Target, job: LoadJob, warmupSeconds: number): Promise<Window> {
  if (warmupSeconds > 0) await load.run({ ...job, seconds: warmupSeconds });
  const sqlBefore = await target.sqlStatements();
  const serverBefore = cpuSnapshot([target.pid]);
  const postgresBefore = cpuSnapshot(postgresPids());
  const figures = await load.run(job);
  const serverCpuMs = cpuBetween(serverBefore, cpuSnapshot([target.pid]));
  const postgresCpuMs = cpuBetween(postgresBefore, cpuSnapshot(postgresPids()));
  const sqlAfter = await target.sqlStatements();
  const requests = Math.max(1, figures.requests);
  return {
    figures,
    serverCpuMs,
    postgresCpuMs,
    cpuMsPerRequest: (serverCpuMs + postgresCpuMs) / requests,
    sqlPerRequest: sqlBefore === null || sqlAfter === null ? null : (sqlAfter - sqlBefore) / requests,
  };
}

/** Non-2xx answers, socket errors and GraphQL errors: each must be 0. */
export const errorsOf = (window: Window) => window.figures.non2xx + window.figures.socketErrors + window.figures.graphqlErrors;
