import { describe, expect, it } from 'vitest';
import { byPrecedence, compilePolicy, matchPolicy } from '../../../src/modules/slas/sla-policy-match';
import { SlaPolicy } from '../../../src/modules/slas/sla-policy.entity';
import { Channel } from '../../../src/modules/tickets/ticket.entity';

function policy(name: string, rank: number, createdAt: string, conditions: Partial<Pick<SlaPolicy, 'departmentIds' | 'contactGroupIds' | 'channels'>> = {}) {
  const entity = new SlaPolicy({ name, rank, active: true, now: new Date(createdAt) });
  Object.assign(entity, conditions);
  return entity;
}

const inPrecedence = (...policies: SlaPolicy[]) => [...policies].sort(byPrecedence).map(compilePolicy);
const ticket = { departmentId: 'billing', contactGroupId: 'vip', channel: Channel.EMAIL };

describe('choosing the SLA policy of a ticket', () => {
  it('takes the highest rank first, then the oldest', () => {
    const policies = inPrecedence(policy('Low', 1, '2026-01-01'), policy('High newer', 5, '2026-02-01'), policy('High older', 5, '2026-01-15'));
    expect(matchPolicy(policies, ticket)?.name).toBe('High older');
  });

  it('needs every non-empty condition list to contain the ticket value; an empty list is any', () => {
    const policies = inPrecedence(
      policy('Other department', 9, '2026-01-01', { departmentIds: ['sales'] }),
      policy('Chat only', 8, '2026-01-01', { channels: [Channel.CHAT] }),
      policy('VIP billing email', 7, '2026-01-01', { departmentIds: ['sales', 'billing'], contactGroupIds: ['vip'], channels: [Channel.EMAIL] }),
      policy('Anything', 1, '2026-01-01'),
    );
    expect(matchPolicy(policies, ticket)?.name).toBe('VIP billing email');
    expect(matchPolicy(policies, { ...ticket, contactGroupId: null })?.name).toBe('Anything');
  });

  it('matches nothing when no policy fits', () => {
    expect(matchPolicy(inPrecedence(policy('Sales', 1, '2026-01-01', { departmentIds: ['sales'] })), { ...ticket, departmentId: null })).toBeNull();
  });
});
