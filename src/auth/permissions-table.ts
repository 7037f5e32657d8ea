import type { IRules } from 'graphql-shield';
import { AUDIENCES, audienceOf, type Access, type Audience } from './rules';

/** Where README.md keeps the generated table. */
export const TABLE_START = '<!-- permissions-table:start -->';
export const TABLE_END = '<!-- permissions-table:end -->';

const CELL: Record<Access, string> = { yes: 'yes', no: '—', own: 'own', seen: 'visible' };

const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;
/** Wrappers carry no capability of their own: what they hold is guarded by its own type. */
const WRAPPER = /(Edge|Connection|Payload)$/;

const isRule = (value: object): boolean => typeof (value as { resolve?: unknown }).resolve === 'function';

function audienceOfRule(what: string, rule: object): Audience {
  const audience = audienceOf(rule);
  if (!audience) throw new Error(`The rule for ${what} does not say whom it admits (withAudience)`);
  return audience;
}

function row(what: string, rule: object): string {
  const audience = audienceOfRule(what, rule);
  return `| ${what} | ${AUDIENCES.map((role) => CELL[audience[role]]).join(' | ')} |`;
}

const sameAudience = (a: Audience, b: Audience) => AUDIENCES.every((role) => a[role] === b[role]);

/**
 * The README's permissions table, generated from the shield rule map itself: one row per root
 * field, and per object type one row for each group of fields that share a rule.
 */
export function permissionsTable(permissions: IRules): string {
  const map = permissions as Record<string, object>;
  const header = [`| Operation or field | ${AUDIENCES.join(' | ')} |`, `| --- | ${AUDIENCES.map(() => '---').join(' | ')} |`];
  const roots = ROOTS.flatMap((root) =>
    Object.entries(map[root] as Record<string, object>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, rule]) => row(`${root}.${field}`, rule)),
  );
  const types = Object.entries(map)
    .filter(([type]) => !(ROOTS as readonly string[]).includes(type) && !WRAPPER.test(type))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([type, rules]) => {
      if (isRule(rules)) return [row(`${type} (every field)`, rules)];
      const groups: Array<{ fields: string[]; rule: object }> = [];
      for (const [field, rule] of Object.entries(rules as Record<string, object>)) {
        const audience = audienceOfRule(`${type}.${field}`, rule);
        const group = groups.find((candidate) => sameAudience(audienceOfRule(type, candidate.rule), audience));
        if (group) group.fields.push(field);
        else groups.push({ fields: [field], rule });
      }
      return groups.map((group) => row(`${type}: ${group.fields.sort().join(', ')}`, group.rule));
    });
  return [...header, ...roots, ...types].join('\n');
}
