import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../context';
import { SupportRequestInput } from './support-request.inputs';
import { SupportRequestReceipt } from './support-request.type';

@Resolver()
export class CustomerResolver {
  @Mutation(() => SupportRequestReceipt, {
    description:
      'Public: anyone may submit; rate-limited per client address and per email. Creates or links the contact by email and opens a WEB_FORM ticket.',
  })
  submitSupportRequest(@Arg('input') input: SupportRequestInput, @Ctx() ctx: AppContext) {
    return ctx.services.customers.submitSupportRequest(input, ctx.viewer, ctx.origin.clientAddress);
  }
}
