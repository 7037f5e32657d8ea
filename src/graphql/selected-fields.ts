import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fieldsOf(selection.selectionSet, info);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  });
}

/**
 * The names of the fields the operation selects inside the resolved field's children named
 * `children` (through fragments; @skip and @include are ignored, so it may say too much, never
 * too little): for a resolver that computes only what is asked for.
 */
export function selectedFieldsWithin(info: GraphQLResolveInfo, children: readonly string[]): Set<string> {
  const inner = info.fieldNodes
    .flatMap((node) => fieldsOf(node.selectionSet, info))
    .filter((field) => children.includes(field.name.value))
    .flatMap((field) => fieldsOf(field.selectionSet, info));
  return new Set(inner.map((field) => field.name.value));
}
