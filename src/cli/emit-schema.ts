import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { resolvers } from '../modules';
import { buildBareSchema, printableSchema } from '../server/schema';

/** Writes schema.graphql from the code-first schema, sorted, for review and the contract check. */
async function main(): Promise<void> {
  const schema = printableSchema(await buildBareSchema(resolvers));
  writeFileSync('schema.graphql', `${printSchema(schema)}\n`);
  console.log('wrote schema.graphql');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
