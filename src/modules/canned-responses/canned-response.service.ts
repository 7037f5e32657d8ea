import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdministrator, type AgentViewer } from '../../auth/viewer';
import type { Clock } from '../../common/clock';
import { conflictOnDuplicate, findByGlobalId, requireKey } from '../../common/entity-lookup';
import { toGlobalId } from '../../common/global-id';
import { notNull, requireText } from '../../common/validation';
import { likePattern } from '../../db/sql';
import { AppError, ErrorCode, badInput, forbidden } from '../../errors/app-error';
import { Agent } from '../agents/agent.entity';
import { Department } from '../departments/department.entity';
import type { TicketService } from '../tickets/ticket.service';
import { CannedResponse } from './canned-response.entity';
import type { CannedResponseInput, UpdateCannedResponseInput } from './canned-response.inputs';
import { canManageCannedResponse, canSeeCannedResponse, listedDepartments, scopeOf } from './canned-response.policy';
import type { CannedResponseRenderer } from './canned-response.renderer';
import { PLACEHOLDER_LIST, unknownPlaceholders } from './placeholders';

export const MAX_TITLE_LENGTH = 200;
export const MAX_CANNED_BODY_LENGTH = 10_000;
export const MAX_SHORTCUT_LENGTH = 32;
const MAX_SEARCH_LENGTH = 200;

/** An optional leading # or /, then a letter or digit, then letters, digits, '-', '_' or '.': `#refund`, `/vat-2`, `hello`. */
const SHORTCUT = /^[#/]?[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function validTitle(value: string | null | undefined): string {
  return requireText(value, 'title', { max: MAX_TITLE_LENGTH });
}

/** A body is kept as written (its line breaks and spaces are the reply's); it must not be blank, and every placeholder must be known. */
export function validBody(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') throw badInput('body', 'body must not be empty');
  if (value.length > MAX_CANNED_BODY_LENGTH) throw badInput('body', `body must have at most ${MAX_CANNED_BODY_LENGTH.toLocaleString('en')} characters`);
  const unknown = unknownPlaceholders(value);
  if (unknown.length > 0) {
    throw badInput('body', `Unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; known: ${PLACEHOLDER_LIST.join(', ')}`);
  }
  return value;
}

/** Trimmed; null, empty or blank means none. */
export function normaliseShortcut(value: string | null | undefined): string | null {
  const shortcut = value?.trim() ?? '';
  if (shortcut === '') return null;
  if (shortcut.length > MAX_SHORTCUT_LENGTH) throw badInput('shortcut', `shortcut must have at most ${MAX_SHORTCUT_LENGTH} characters`);
  if (!SHORTCUT.test(shortcut)) {
    throw badInput('shortcut', "shortcut must be a letter or digit, optionally after # or /, followed by letters, digits, '-', '_' or '.', without spaces, e.g. #refund");
  }
  return shortcut;
}

/**
 * A picker's order: those with a shortcut first, by shortcut, then by title, then by id; compared
 * as people read them (case and accents aside, "#2" before "#10"), and the same on every database
 * whatever its collation. The list is never paged, so sorting here costs nothing SQL would save.
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export function pickerOrder(a: CannedResponse, b: CannedResponse): number {
  if ((a.shortcut === null) !== (b.shortcut === null)) return a.shortcut === null ? 1 : -1;
  return (
    collator.compare(a.shortcut ?? '', b.shortcut ?? '') ||
    collator.compare(a.title, b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function shortcutTaken(response: CannedResponse): string {
  const scope = response.owner ? 'among your personal canned responses' : response.department ? 'in this department' : 'among the shared canned responses';
  return `The shortcut ${response.shortcut ?? ''} is taken ${scope}`;
}

/** What an update may change, as one comparable value. */
const contentOf = (response: CannedResponse) => JSON.stringify([response.title, response.body, response.shortcut, response.department?.id ?? null]);

const notFound = (field: string) => new AppError(ErrorCode.NOT_FOUND, 'CannedResponse not found', field);

export class CannedResponseService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    /** Which tickets the caller may see: rendering for one goes through its visibility. */
    private readonly tickets: Pick<TicketService, 'findById'>,
    private readonly renderer: CannedResponseRenderer,
  ) {}

  /**
   * Shared ones, the caller's personal ones and those of the departments it may see (of
   * `departmentId` alone when given; NOT_FOUND when that is no department), narrowed to those
   * whose title, shortcut or body contains `search` regardless of case.
   */
  async list(viewer: AgentViewer, search: string | null | undefined, departmentId: string | null | undefined): Promise<CannedResponse[]> {
    const term = search?.trim() ?? '';
    if (term.length > MAX_SEARCH_LENGTH) throw badInput('search', `search must have at most ${MAX_SEARCH_LENGTH} characters`);
    const departmentKey = departmentId == null ? null : (await findByGlobalId(this.em, Department, 'Department', departmentId, 'departmentId')).id;
    const departments = listedDepartments(viewer, departmentKey);
    const scopes: Array<FilterQuery<CannedResponse>> = [{ owner: null, department: null }, { owner: viewer.agentId }];
    if (departments === 'ALL') scopes.push({ owner: null, department: { $ne: null } });
    else if (departments.length > 0) scopes.push({ owner: null, department: { $in: [...departments] } });
    const conditions: Array<FilterQuery<CannedResponse>> = [{ $or: scopes }];
    if (term !== '') {
      const pattern = likePattern(term);
      conditions.push({ $or: [{ title: { $ilike: pattern } }, { shortcut: { $ilike: pattern } }, { body: { $ilike: pattern } }] });
    }
    const responses = await this.em.find(CannedResponse, { $and: conditions });
    return responses.sort(pickerOrder);
  }

  /** The canned response, or NOT_FOUND naming `field` when it does not exist or the caller may not see it: the two look alike. */
  async findVisible(viewer: AgentViewer, globalId: string, field = 'id'): Promise<CannedResponse> {
    const response = await this.em.findOne(CannedResponse, { id: requireKey(globalId, 'CannedResponse', field) });
    if (!response || !canSeeCannedResponse(viewer, scopeOf(response))) throw notFound(field);
    return response;
  }

  /** renderCannedResponse: NOT_FOUND for a ticket or a canned response the caller may not see. */
  async render(viewer: AgentViewer, globalId: string, ticketGlobalId: string): Promise<string> {
    const ticket = await this.tickets.findById(viewer, ticketGlobalId);
    if (!ticket) throw new AppError(ErrorCode.NOT_FOUND, 'Ticket not found', 'ticketId');
    return this.renderer.render(this.em, viewer, globalId, ticket, 'id');
  }

  async create(viewer: AgentViewer, input: CannedResponseInput): Promise<CannedResponse> {
    const personal = input.personal ?? false;
    if (!personal && !isAdministrator(viewer)) throw forbidden('Only owners and admins may create shared or department canned responses; an agent may create personal ones');
    const title = validTitle(input.title);
    const body = validBody(input.body);
    const shortcut = normaliseShortcut(input.shortcut);
    if (personal && input.departmentId != null) throw badInput('departmentId', 'A personal canned response has no department');
    const department = input.departmentId == null ? null : await findByGlobalId(this.em, Department, 'Department', input.departmentId, 'departmentId');
    const owner = personal ? this.em.getReference(Agent, viewer.agentId) : null;
    const response = new CannedResponse({ title, body, shortcut, department, owner, now: this.clock.now() });
    await conflictOnDuplicate(() => this.em.persistAndFlush(response), shortcutTaken(response));
    return response;
  }

  /** Given fields replace the old ones (shortcut: null clears it; departmentId: null makes it shared); a personal one stays personal. */
  async update(viewer: AgentViewer, input: UpdateCannedResponseInput): Promise<CannedResponse> {
    const response = await this.findManageable(viewer, input.id);
    const title = notNull(input.title, 'title');
    const body = notNull(input.body, 'body');
    const before = contentOf(response);
    if (title !== undefined) response.title = validTitle(title);
    if (body !== undefined) response.body = validBody(body);
    if (input.shortcut !== undefined) response.shortcut = normaliseShortcut(input.shortcut);
    if (input.departmentId !== undefined) {
      if (response.owner) {
        if (input.departmentId !== null) throw badInput('departmentId', 'A personal canned response stays personal: it has no department');
      } else {
        response.department = input.departmentId === null ? null : await findByGlobalId(this.em, Department, 'Department', input.departmentId, 'departmentId');
      }
    }
    if (contentOf(response) !== before) response.updatedAt = this.clock.now();
    await conflictOnDuplicate(() => this.em.flush(), shortcutTaken(response));
    return response;
  }

  /** Returns the global id of the deleted response. */
  async delete(viewer: AgentViewer, globalId: string): Promise<string> {
    const response = await this.findManageable(viewer, globalId);
    await this.em.removeAndFlush(response);
    return toGlobalId('CannedResponse', response.id);
  }

  /** NOT_FOUND when the caller may not see it (someone else's personal one among them), FORBIDDEN when it sees but may not change it. */
  private async findManageable(viewer: AgentViewer, globalId: string): Promise<CannedResponse> {
    const response = await this.findVisible(viewer, globalId, 'id');
    if (!canManageCannedResponse(viewer, scopeOf(response))) throw forbidden('Only owners and admins may change shared or department canned responses');
    return response;
  }
}
