/** What the harness and its forked load process (load.ts) say to each other. */

/** One autocannon run: POSTs of JSON bodies to one URL. */
export interface LoadJob {
  url: string;
  headers: Record<string, string>;
  /** Request bodies, taken in turn across all connections (one body: every request sends it). */
  bodies: string[];
  /** Replaced, in each request's body, by a value no other request of this run gets (subjects, emails). */
  uniqueToken?: string;
  connections: number;
  seconds: number;
}

export interface LoadFigures {
  /** Responses received in the run. */
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  /** Of the 2xx responses; null when there were none. */
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number } | null;
  non2xx: number;
  /** Connection errors and timeouts. */
  socketErrors: number;
  /** 2xx answers carrying GraphQL `errors`. */
  graphqlErrors: number;
  /** The load process's own CPU during the run, to tell a saturated client from a slow server. */
  loadCpuMs: number;
}

export type ToLoad = { type: 'run'; job: LoadJob };
export type FromLoad = { type: 'done'; figures: LoadFigures } | { type: 'failed'; message: string };
