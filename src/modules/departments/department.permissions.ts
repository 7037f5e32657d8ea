import type { FeaturePermissions } from '../../auth/permissions';
import { allow, isAdmin, isAgent } from '../../auth/rules';

export const departmentPermissions: FeaturePermissions = {
  Query: { departments: isAgent },
  Mutation: { createDepartment: isAdmin, updateDepartment: isAdmin },
  types: { Department: allow, DepartmentPayload: allow },
};
