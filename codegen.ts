import type { CodegenConfig } from '@graphql-codegen/cli';

const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
} as const;

/**
 * Types every GraphQL document the tests send, from the committed schema.graphql; and the
 * benchmarks' documents from the API contract, so they are checked against what the server
 * must offer even before it offers it (the queueChanged benchmark was written first).
 */
const config: CodegenConfig = {
  ignoreNoDocuments: true,
  generates: {
    'test/support/gql/': { ...clientPreset, schema: 'schema.graphql', documents: ['test/**/*.ts', '!test/support/gql/**'] },
    'bench/gql/': { ...clientPreset, schema: '../shared/contract/helpdesk.graphql', documents: ['bench/**/*.ts', '!bench/gql/**'] },
  },
};

export default config;
