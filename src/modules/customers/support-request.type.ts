import { Field, ObjectType } from 'type-graphql';

@ObjectType('SupportRequestReceipt', { simpleResolvers: true })
export class SupportRequestReceipt {
  @Field()
  ticketCode!: string;

  @Field({
    description:
      'Bearer token of a customer session, for HTTP and graphql-ws; valid 30 days. It reaches the tickets submitted with it: ' +
      'send it in the Authorization header of the next support request (same email) to keep all of them under one token.',
  })
  accessToken!: string;
}
