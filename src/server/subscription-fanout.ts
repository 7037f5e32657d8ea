import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';

/**
 * What a subscription's source stream yields when one execution may serve many subscribers.
 * graphql-ws executes the subscription document once per subscriber and event; with a thousand
 * dashboards on one queue that is a thousand identical executions. Events that say which
 * message they carry and whose rights they are seen with are executed once per document,
 * variables and audience, and that one answer, serialised once, goes to every such subscriber.
 */
export interface SharedEvent {
  /** The same object for every subscriber the event reaches (the PubSub message). */
  readonly shared: object;
  /** Equal for subscribers whose answers are equal: the same rights, as ticket.policy's audienceOf writes them. */
  readonly audience: string;
}

/** Thrown by a subscription resolver when, on a closer look, the event is not for this subscriber: nothing is sent. */
export class NotForThisSubscriber extends Error {
  constructor() {
    super('The event is not for this subscriber');
  }
}

const isSharedEvent = (event: unknown): event is SharedEvent =>
  typeof event === 'object' && event !== null && 'shared' in event && 'audience' in event && typeof (event as SharedEvent).audience === 'string';

const isSkip = (error: GraphQLError) => error.originalError instanceof NotForThisSubscriber;

type Delivery = ExecutionResult | null;

/** One execution's answer, readable without waiting once it is known. */
interface Answer {
  promise: Promise<Delivery>;
  settled: boolean;
  value: Delivery;
}

export class SubscriptionFanout {
  /** Per shared event, per audience, per document: the one answer. */
  private readonly answers = new WeakMap<object, Map<string, Map<number, Answer>>>();
  /** Each distinct document (text, operation and variables) gets a number while subscribers use it. */
  private readonly documents = new Map<string, { id: number; users: number }>();
  private nextDocumentId = 0;
  /** Answers shared by several subscribers; their JSON is made once, when first sent. */
  private readonly shared = new WeakMap<ExecutionResult, string | undefined>();

  /** graphql-ws's `subscribe`: the source stream is each subscriber's own, its executions shared. */
  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const text = `${print(args.document)}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
    const documentId = this.acquireDocument(text);
    return mapDeliveries(
      source[Symbol.asyncIterator](),
      (event) => this.answerFor(args, documentId, event),
      () => this.releaseDocument(text),
    );
  }

  /** Whether the answer is shared: it must reach graphql-ws's stringify as this very object for its JSON to be reused. */
  isShared(result: unknown): result is ExecutionResult {
    return typeof result === 'object' && result !== null && this.shared.has(result);
  }

  /** The JSON of a shared answer, made on first use; undefined for anything else. */
  jsonOf(value: unknown): string | undefined {
    if (!this.isShared(value)) return undefined;
    let json = this.shared.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      this.shared.set(value, json);
    }
    return json;
  }

  private acquireDocument(text: string): number {
    let document = this.documents.get(text);
    if (!document) this.documents.set(text, (document = { id: (this.nextDocumentId += 1), users: 0 }));
    document.users += 1;
    return document.id;
  }

  private releaseDocument(text: string): void {
    const document = this.documents.get(text);
    if (document && (document.users -= 1) === 0) this.documents.delete(text);
  }

  /** The answer for this subscriber: the shared one when its audience and document already have it. */
  private answerFor(args: ExecutionArgs, documentId: number, event: unknown): Delivery | Promise<Delivery> {
    if (!isSharedEvent(event)) return this.run(args, event);
    let byAudience = this.answers.get(event.shared);
    if (!byAudience) this.answers.set(event.shared, (byAudience = new Map()));
    let byDocument = byAudience.get(event.audience);
    if (!byDocument) byAudience.set(event.audience, (byDocument = new Map()));
    const known = byDocument.get(documentId);
    if (known) return known.settled ? known.value : known.promise;
    const answer: Answer = { promise: this.run(args, event), settled: false, value: null };
    answer.promise.then((value) => {
      answer.value = value;
      answer.settled = true;
    }, () => {});
    byDocument.set(documentId, answer);
    return answer.promise;
  }

  private async run(args: ExecutionArgs, event: unknown): Promise<Delivery> {
    const result = await execute({ ...args, rootValue: event });
    if (result.errors?.length && result.errors.every(isSkip)) return null;
    // With errors, graphql-ws's onNext formats a copy per subscriber anyway.
    if (!result.errors) this.shared.set(result, undefined);
    return result;
  }
}

/**
 * The subscriber's stream of answers. Written by hand rather than as an async generator: a
 * generator waiting for the next event cannot be returned, and graphql-ws must be able to end a
 * subscription (and remove its listeners) while nothing happens.
 */
function mapDeliveries(
  source: AsyncIterator<unknown>,
  answer: (event: unknown) => Delivery | Promise<Delivery>,
  onClose: () => void,
): AsyncIterableIterator<ExecutionResult> {
  let closed = false;
  const close = async (): Promise<IteratorResult<ExecutionResult>> => {
    if (!closed) {
      closed = true;
      onClose();
      await source.return?.();
    }
    return { value: undefined, done: true };
  };
  return {
    async next() {
      try {
        for (;;) {
          const event = await source.next();
          if (event.done) {
            await close();
            return { value: undefined, done: true };
          }
          const pending = answer(event.value);
          const delivery = pending instanceof Promise ? await pending : pending;
          if (delivery) return { value: delivery, done: false };
        }
      } catch (error) {
        // graphql-ws ends the subscription on an error without calling return(): end the source here.
        await close();
        throw error;
      }
    },
    return: close,
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
