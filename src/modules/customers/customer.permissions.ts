import type { FeaturePermissions } from '../../auth/permissions';
import { isPublic } from '../../auth/rules';

export const customerPermissions: FeaturePermissions = {
  Mutation: { submitSupportRequest: isPublic },
  types: { SupportRequestReceipt: isPublic },
};
