import { allow, deny } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import { mergePermissions } from '../../../src/auth/permissions';

describe("merging the features' permissions", () => {
  it('lets two features guard different fields of one type, leaving their own maps as they were', () => {
    const tickets = { types: { Ticket: { id: allow, subject: allow } } };
    const queues = { Query: { queue: allow }, types: { Ticket: { queuePosition: deny } } };
    const merged = mergePermissions([tickets, queues]) as Record<string, Record<string, unknown>>;
    expect(merged.Ticket).toStrictEqual({ id: allow, subject: allow, queuePosition: deny });
    expect(merged.Query).toStrictEqual({ queue: allow });
    expect(tickets.types.Ticket).toStrictEqual({ id: allow, subject: allow });
  });

  it('refuses a field guarded twice', () => {
    expect(() => mergePermissions([{ types: { Ticket: { id: allow } } }, { types: { Ticket: { id: deny } } }])).toThrow('Permission for Ticket.id is defined twice');
    expect(() => mergePermissions([{ Query: { queue: allow } }, { Query: { queue: allow } }])).toThrow('Permission for Query.queue is defined twice');
  });

  it('refuses a rule for a whole type alongside any other rule for it', () => {
    expect(() => mergePermissions([{ types: { Ticket: allow } }, { types: { Ticket: { id: allow } } }])).toThrow('Permissions for type Ticket are defined twice');
    expect(() => mergePermissions([{ types: { Ticket: { id: allow } } }, { types: { Ticket: allow } }])).toThrow('Permissions for type Ticket are defined twice');
    expect(() => mergePermissions([{ types: { Ticket: allow } }, { types: { Ticket: deny } }])).toThrow('Permissions for type Ticket are defined twice');
  });

  it('lets features that share a type name it each with the very same rule', () => {
    const merged = mergePermissions([{ types: { DeletePayload: allow } }, { types: { DeletePayload: allow } }]) as Record<string, unknown>;
    expect(merged.DeletePayload).toBe(allow);
  });
});
