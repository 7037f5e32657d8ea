import type { IRules } from 'graphql-shield';

type ShieldRule = Extract<IRules, { resolve: unknown }> | Extract<IRules, { getRules: unknown }>;

/** One feature's shield rules: root fields by operation type, and its object types. */
export interface FeaturePermissions {
  Query?: Record<string, ShieldRule>;
  Mutation?: Record<string, ShieldRule>;
  Subscription?: Record<string, ShieldRule>;
  /** Object types by name, with one rule for the whole type or one per field. */
  types?: Record<string, ShieldRule | Record<string, ShieldRule>>;
}

const isRule = (value: object): value is ShieldRule => typeof (value as { resolve?: unknown }).resolve === 'function';

/**
 * Merges the features' rule maps into the one map graphql-shield is given; a field named twice
 * is a bug. Several features may guard fields of one type (a feature adding a field to another's
 * type brings its rule along), but a rule for a whole type is that type's only rule, except that
 * features sharing a type of their own (DeletePayload) may each name it with the very same rule.
 */
export function mergePermissions(features: FeaturePermissions[]): IRules {
  const merged: Record<string, Record<string, ShieldRule> | ShieldRule> = { Query: {}, Mutation: {}, Subscription: {} };
  const addField = (type: string, field: string, rule: ShieldRule) => {
    const fields = merged[type] as Record<string, ShieldRule>;
    if (fields[field]) throw new Error(`Permission for ${type}.${field} is defined twice`);
    fields[field] = rule;
  };
  for (const feature of features) {
    for (const operation of ['Query', 'Mutation', 'Subscription'] as const) {
      for (const [field, rule] of Object.entries(feature[operation] ?? {})) addField(operation, field, rule);
    }
    for (const [type, rules] of Object.entries(feature.types ?? {})) {
      const existing = merged[type];
      if (existing === undefined) merged[type] = isRule(rules) ? rules : { ...rules };
      else if (existing === rules && isRule(rules)) continue;
      else if (isRule(existing) || isRule(rules)) throw new Error(`Permissions for type ${type} are defined twice`);
      else for (const [field, rule] of Object.entries(rules)) addField(type, field, rule);
    }
  }
  return merged as IRules;
}
