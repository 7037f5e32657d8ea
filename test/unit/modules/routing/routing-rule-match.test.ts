import { describe, expect, it } from 'vitest';
import { byPosition, containsKeyword, firstMatchingRule, ruleMatches, type RoutingConditions, type RoutingFacts } from '../../../../src/modules/routing/routing-rule-match';
import { normaliseKeywords } from '../../../../src/modules/routing/routing-rule.service';
import { withRuleTags } from '../../../../src/modules/routing/ticket-intake';
import { Channel } from '../../../../src/modules/tickets/ticket.entity';

const facts: RoutingFacts = { channel: Channel.EMAIL, contactGroupId: 'vip', subject: 'Invoice overdue', body: 'Please send the refund to my credit card.' };

let sequence = 0;
function rule(fields: Partial<RoutingConditions> = {}): RoutingConditions {
  sequence += 1;
  return { id: `rule-${sequence}`, position: 0, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)), active: true, channels: [], contactGroupIds: [], keywords: [], ...fields };
}

describe('whole-word keywords', () => {
  it('find a word regardless of case, in any script', () => {
    expect(containsKeyword('My INVOICE is wrong', 'invoice')).toBe(true);
    expect(containsKeyword('Ärger mit der Rechnung', 'ärger')).toBe(true);
    expect(containsKeyword('ПРОБЛЕМА с оплатой', 'проблема')).toBe(true);
  });

  it('do not find a word inside another word', () => {
    expect(containsKeyword('billing question', 'bill')).toBe(false);
    expect(containsKeyword('please rebill me', 'bill')).toBe(false);
    expect(containsKeyword('invoice_2026 attached', 'invoice')).toBe(false);
    expect(containsKeyword('invoice2026', 'invoice')).toBe(false);
  });

  it('find a word next to punctuation, at the start and at the end', () => {
    expect(containsKeyword('bill.', 'bill')).toBe(true);
    expect(containsKeyword('(bill)', 'bill')).toBe(true);
    expect(containsKeyword('bill', 'bill')).toBe(true);
    expect(containsKeyword('about my e-mail', 'e-mail')).toBe(true);
    expect(containsKeyword('c++ compiler crashes', 'c++')).toBe(true);
  });

  it('find a phrase whose words are separated by any whitespace, not the words apart', () => {
    expect(containsKeyword('my Credit\n  card was charged', 'credit card')).toBe(true);
    expect(containsKeyword('credit on my card', 'credit card')).toBe(false);
  });

  it('treat regular expression characters literally', () => {
    expect(containsKeyword('the price is 5$ (approx.)', '5$')).toBe(true);
    expect(containsKeyword('aaa', 'a.a')).toBe(false);
    expect(containsKeyword('see [urgent] now', '[urgent]')).toBe(true);
  });
});

describe('a rule matching a ticket', () => {
  it('matches any ticket with no conditions', () => {
    expect(ruleMatches(rule(), facts)).toBe(true);
  });

  it('matches when every non-empty list holds, any entry of each', () => {
    expect(ruleMatches(rule({ channels: [Channel.CHAT, Channel.EMAIL], contactGroupIds: ['vip'], keywords: ['nothing', 'refund'] }), facts)).toBe(true);
  });

  it('does not match when one list fails', () => {
    expect(ruleMatches(rule({ channels: [Channel.CHAT] }), facts)).toBe(false);
    expect(ruleMatches(rule({ contactGroupIds: ['press'] }), facts)).toBe(false);
    expect(ruleMatches(rule({ channels: [Channel.EMAIL], keywords: ['outage'] }), facts)).toBe(false);
  });

  it('looks for keywords in the subject and in the first message', () => {
    expect(ruleMatches(rule({ keywords: ['overdue'] }), facts)).toBe(true);
    expect(ruleMatches(rule({ keywords: ['credit card'] }), facts)).toBe(true);
  });

  it('does not match a contact without a group to a list of groups', () => {
    expect(ruleMatches(rule({ contactGroupIds: ['vip'] }), { ...facts, contactGroupId: null })).toBe(false);
    expect(ruleMatches(rule(), { ...facts, contactGroupId: null })).toBe(true);
  });
});

describe('the rule that applies', () => {
  it('is the first matching rule by position, lowest first', () => {
    const late = rule({ position: 10 });
    const early = rule({ position: -5, keywords: ['refund'] });
    const unmatched = rule({ position: -10, channels: [Channel.PHONE] });
    expect(firstMatchingRule([late, early, unmatched], facts)).toBe(early);
  });

  it('is the oldest among matching rules of one position', () => {
    const older = rule({ position: 1 });
    const newer = rule({ position: 1 });
    expect(firstMatchingRule([newer, older], facts)).toBe(older);
    expect([newer, older].sort(byPosition)).toEqual([older, newer]);
  });

  it('is never an inactive rule', () => {
    const inactive = rule({ position: -1, active: false });
    const active = rule({ position: 5 });
    expect(firstMatchingRule([inactive, active], facts)).toBe(active);
    expect(firstMatchingRule([inactive], facts)).toBeNull();
  });

  it('is none when no rule matches', () => {
    expect(firstMatchingRule([rule({ keywords: ['outage'] })], facts)).toBeNull();
  });
});

describe('keywords as stored', () => {
  it('are trimmed, single-spaced, lowercased and distinct, in the order given', () => {
    expect(normaliseKeywords(['  Refund ', 'CREDIT   card', 'refund'])).toEqual(['refund', 'credit card']);
  });

  it('refuse an empty keyword, naming the field', () => {
    expect(() => normaliseKeywords(['ok', '  '], 'rule.keywords')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'rule.keywords' }));
  });

  it('refuse more than 50 keywords and keywords over 100 characters', () => {
    expect(() => normaliseKeywords(Array.from({ length: 51 }, (_, index) => `word${index}`))).toThrow(/at most 50/);
    expect(() => normaliseKeywords(['x'.repeat(101)])).toThrow(/at most 100/);
  });
});

describe("a rule's tags on a new ticket", () => {
  it("are added to the creator's, sorted and without duplicates", () => {
    expect(withRuleTags(['billing', 'urgent'], ['vip', 'billing'], 20)).toEqual(['billing', 'urgent', 'vip']);
  });

  it('are added only while the ticket has room, so that creating never fails for a rule', () => {
    const own = Array.from({ length: 19 }, (_, index) => `own-${String(index).padStart(2, '0')}`);
    expect(withRuleTags(own, ['zz', 'aa'], 20)).toEqual([...own, 'aa'].sort());
  });
});
