import type { Channel } from '../tickets/ticket.entity';

/**
 * Which routing rule a new ticket gets, as pure functions: the same rule as the contract's
 * SlaConditions (a ticket matches when it matches every non-empty list, any entry of a list),
 * and the first active matching rule by position, then oldest, applies.
 */

/** What of a new ticket the conditions look at. */
export interface RoutingFacts {
  channel: Channel;
  contactGroupId: string | null;
  subject: string;
  /** The first message's body. */
  body: string;
}

/** The parts of a rule that decide whether and when it applies. */
export interface RoutingConditions {
  id: string;
  position: number;
  createdAt: Date;
  active: boolean;
  channels: readonly Channel[];
  contactGroupIds: readonly string[];
  keywords: readonly string[];
}

/** Position ascending, then oldest, then id: the order in which rules are tried. */
export function byPosition(a: RoutingConditions, b: RoutingConditions): number {
  return a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Letters, digits and the underscore of any script: what a word is made of. */
const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}_]`;

/** Only the syntax characters: in a unicode pattern, escaping anything else (e.g. "-") is an error. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A keyword as a case-insensitive, whole-word pattern: not preceded nor followed by a word
 * character, so "bill" finds "Bill me" and "bill." but not "billing" or "rebill"; a phrase's
 * words may be separated by any whitespace ("credit card" finds "credit\ncard").
 */
export function keywordPattern(keyword: string): RegExp {
  const words = keyword.trim().split(/\s+/u).map(escapeRegExp).join(String.raw`\s+`);
  return new RegExp(`(?<!${WORD_CHAR})${words}(?!${WORD_CHAR})`, 'iu');
}

export function containsKeyword(text: string, keyword: string): boolean {
  return keywordPattern(keyword).test(text);
}

/** An empty list admits anything; otherwise the value must be one of it (a contact without a group matches no group list). */
const admits = <T>(allowed: readonly T[], value: T | null): boolean => allowed.length === 0 || (value !== null && allowed.includes(value));

export function ruleMatches(rule: RoutingConditions, ticket: RoutingFacts): boolean {
  return (
    admits(rule.channels, ticket.channel) &&
    admits(rule.contactGroupIds, ticket.contactGroupId) &&
    (rule.keywords.length === 0 || rule.keywords.some((keyword) => containsKeyword(ticket.subject, keyword) || containsKeyword(ticket.body, keyword)))
  );
}

/** The first active rule, by position then age, whose conditions the ticket meets; null when none does. */
export function firstMatchingRule<R extends RoutingConditions>(rules: readonly R[], ticket: RoutingFacts): R | null {
  return [...rules].filter((rule) => rule.active).sort(byPosition).find((rule) => ruleMatches(rule, ticket)) ?? null;
}
