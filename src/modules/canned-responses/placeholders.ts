import { displayNameOf } from '../contacts/contact-identity';

/**
 * What a canned response is rendered with: the ticket it answers, its contact and department,
 * and the agent who sends it. Plain values, so rendering needs no database.
 */
export interface RenderContext {
  ticket: { code: string; subject: string };
  contact: { name: string | null; visitorId: string };
  /** Null for a ticket without a department. */
  department: { name: string } | null;
  agent: { name: string };
  /** The ticket's first-response deadline and its policy's zone (null: 24x7, told in UTC); null without one. */
  sla: { firstResponseDueAt: Date; timezone: string | null } | null;
}

/** A deadline as a customer reads it, in the policy's zone: "Monday 30 March 2026 at 11:00 (Europe/Riga)". */
function localDeadline(sla: NonNullable<RenderContext['sla']>): string {
  const timeZone = sla.timezone ?? 'UTC';
  const text = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(sla.firstResponseDueAt);
  return `${text.replace(',', '')} (${timeZone})`;
}

/**
 * Every placeholder a body may hold, and how its value is read from a render context: the one
 * table that validation, rendering and the documentation read. A new placeholder is a new row
 * here (and, if it needs data the context lacks, a new field of RenderContext).
 */
export const PLACEHOLDERS = {
  // A contact without a name renders as its displayName (the visitor id).
  'contact.name': (context) => displayNameOf(context.contact),
  'contact.firstName': (context) => firstWord(displayNameOf(context.contact)),
  'ticket.code': (context) => context.ticket.code,
  'ticket.subject': (context) => context.ticket.subject,
  'agent.name': (context) => context.agent.name,
  'department.name': (context) => context.department?.name ?? '',
  // Without a first-response target, like a missing department: an empty string.
  'sla.firstResponseDueAt': (context) => (context.sla ? localDeadline(context.sla) : ''),
} as const satisfies Record<string, (context: RenderContext) => string>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** The placeholders as they are written in a body, in the table's order: `{{contact.name}}`, ... */
export const PLACEHOLDER_LIST: readonly string[] = Object.keys(PLACEHOLDERS).map((name) => `{{${name}}}`);

/**
 * `{{`, optional whitespace, a name, optional whitespace, `}}`. The name is anything without
 * braces, so `{{ticket.foo}}` and `{{}}` are seen (and refused), not left as text.
 */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isPlaceholder = (name: string): name is PlaceholderName => Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);

/** The first word of a name: "Ada King Lovelace" -> "Ada". */
function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** The distinct placeholders of `template` that the table does not know, as written (`{{ticket.foo}}`), in order of appearance. */
export function unknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) unknown.add(`{{${name}}}`);
  }
  return [...unknown];
}

/**
 * The template with every known placeholder replaced by its value. One pass over the template:
 * a value is never scanned again, so a contact named "{{ticket.code}}" stays as it is. Unknown
 * placeholders are left as written (bodies are checked when saved; this keeps an old body
 * readable should a placeholder ever be retired).
 */
export function renderPlaceholders(template: string, context: RenderContext): string {
  // A function replacement also keeps "$&" and the like in values literal.
  return template.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) ? PLACEHOLDERS[name](context) : whole));
}
