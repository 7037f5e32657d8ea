import { randomUUID } from 'node:crypto';

/** Primary keys are made in Node, so an entity has its id before it is flushed. */
export const newId = (): string => randomUUID();

/**
 * Every timestamp is stored with millisecond precision, the precision the API speaks.
 * A new object each time: MikroORM writes the property's name into the options it is given.
 */
export const timestamp = (options: { nullable?: boolean } = {}) => ({ type: 'datetime', length: 3, ...options }) as const;
