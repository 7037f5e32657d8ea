import type { EntityManager } from '@mikro-orm/postgresql';
import { conflictOnDuplicate, findByGlobalId } from '../../common/entity-lookup';
import { notNull, optionalText, requireText } from '../../common/validation';
import { badInput } from '../../errors/app-error';
import { AssignmentMode } from '../assignment/assignment-mode';
import { CannedResponse } from '../canned-responses/canned-response.entity';
import { Department } from './department.entity';
import type { DepartmentInput, UpdateDepartmentInput } from './department.inputs';

const NAME_TAKEN = 'A department with this name already exists';

export class DepartmentService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<Department[]> {
    return this.em.find(Department, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  findById(globalId: string): Promise<Department> {
    return findByGlobalId(this.em, Department, 'Department', globalId);
  }

  async create(input: DepartmentInput): Promise<Department> {
    const department = new Department(requireText(input.name, 'name', { max: 100 }), optionalText(input.description, 'description', 2000));
    department.assignment = input.assignment ?? AssignmentMode.OFF;
    department.acknowledgementId = await this.acknowledgement(department, input.acknowledgementId);
    await conflictOnDuplicate(() => this.em.persistAndFlush(department), NAME_TAKEN);
    return department;
  }

  async update(input: UpdateDepartmentInput): Promise<Department> {
    const department = await this.findById(input.id);
    if (input.name !== undefined) department.name = requireText(input.name, 'name', { max: 100 });
    if (input.description !== undefined) department.description = optionalText(input.description, 'description', 2000);
    const assignment = notNull(input.assignment, 'assignment');
    if (assignment !== undefined) department.assignment = assignment;
    if (input.acknowledgementId !== undefined) department.acknowledgementId = await this.acknowledgement(department, input.acknowledgementId);
    await conflictOnDuplicate(() => this.em.flush(), NAME_TAKEN);
    return department;
  }

  /** The key of a canned response fit to acknowledge the department's tickets: shared, or the department's own. */
  private async acknowledgement(department: Department, globalId: string | null | undefined): Promise<string | null> {
    if (!globalId) return null;
    const response = await findByGlobalId(this.em, CannedResponse, 'CannedResponse', globalId, 'acknowledgementId');
    if (response.owner || (response.department && response.department.id !== department.id)) {
      throw badInput('acknowledgementId', "The acknowledgement must be a shared canned response or one of this department's, not a personal one or another department's");
    }
    return response.id;
  }
}
