import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types every GraphQL document the tests send, from the committed schema.graphql. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/support/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/support/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
