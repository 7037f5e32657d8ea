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

/** Merges the features' rule maps into the one map graphql-shield is given; a field named twice is a bug. */
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
    for (const [type, rule] of Object.entries(feature.types ?? {})) {
      if (merged[type]) throw new Error(`Permissions for type ${type} are defined twice`);
      merged[type] = rule;
    }
  }
  return merged as IRules;
}
