import { performance } from 'node:perf_hooks';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

const printed = new WeakMap<DocumentNode, string>();

/** The text of a document, printed once. */
export function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

/** One request's answer and when it was sent and received, on this process's performance.now() clock. */
export interface Timed<R> {
  data: R;
  sentAt: number;
  receivedAt: number;
}

/** GraphQL over HTTP POST with a bearer token; any GraphQL error rejects. */
export class GraphQLHttp {
  constructor(
    readonly url: string,
    private readonly token?: string,
  ) {}

  withToken(token: string): GraphQLHttp {
    return new GraphQLHttp(this.url, token);
  }

  async timed<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<Timed<R>> {
    return this.timedText<R>(queryText(document), variables);
  }

  /** For documents that select fields beyond the contract, which codegen cannot type: the caller names the result type. */
  async text<R>(query: string, variables: unknown): Promise<R> {
    return (await this.timedText<R>(query, variables)).data;
  }

  private async timedText<R>(query: string, variables: unknown): Promise<Timed<R>> {
    const sentAt = performance.now();
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: R | null; errors?: { message: string; extensions?: { code?: string } }[] };
    const receivedAt = performance.now();
    if (body.errors?.length || !body.data) {
      const errors = body.errors ?? [];
      throw new GraphQLRequestError(
        `GraphQL request failed (HTTP ${response.status}): ${errors.map((e) => `${e.message} [${e.extensions?.code ?? '?'}]`).join('; ') || 'no data'}`,
        errors.map((e) => e.extensions?.code ?? ''),
      );
    }
    return { data: body.data, sentAt, receivedAt };
  }

  async data<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    return (await this.timed(document, variables)).data;
  }
}
