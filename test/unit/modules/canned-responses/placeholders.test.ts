import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, PLACEHOLDER_LIST, renderPlaceholders, unknownPlaceholders, type RenderContext } from '../../../../src/modules/canned-responses/placeholders';

const context = (overrides: Partial<RenderContext> = {}): RenderContext => ({
  ticket: { code: '7KM-2QX-9PT', subject: 'Printer on fire' },
  contact: { name: 'Ada King Lovelace', visitorId: 'V-7K2M9Q' },
  department: { name: 'Hardware' },
  agent: { name: 'Bob Agent' },
  sla: null,
  ...overrides,
});

describe('the placeholder table', () => {
  it("holds the contract's placeholders, in its order, and the SLA's first-response deadline", () => {
    expect(PLACEHOLDER_LIST).toEqual([
      '{{contact.name}}',
      '{{contact.firstName}}',
      '{{ticket.code}}',
      '{{ticket.subject}}',
      '{{agent.name}}',
      '{{department.name}}',
      '{{sla.firstResponseDueAt}}',
    ]);
    expect(Object.keys(PLACEHOLDERS)).toHaveLength(7);
  });
});

describe('renderPlaceholders', () => {
  it('fills every placeholder from the ticket, its contact and department, and the agent', () => {
    const template = 'Hi {{contact.firstName}} ({{contact.name}}), about {{ticket.code}} "{{ticket.subject}}" from {{department.name}}: {{agent.name}}';
    expect(renderPlaceholders(template, context())).toBe('Hi Ada (Ada King Lovelace), about 7KM-2QX-9PT "Printer on fire" from Hardware: Bob Agent');
  });

  it('tolerates whitespace inside the braces', () => {
    expect(renderPlaceholders('{{ contact.firstName }}|{{\tticket.code\n}}|{{agent.name   }}', context())).toBe('Ada|7KM-2QX-9PT|Bob Agent');
  });

  it("renders a contact without a name as its display name, the visitor id, for both name and firstName", () => {
    expect(renderPlaceholders('{{contact.name}} / {{contact.firstName}}', context({ contact: { name: null, visitorId: 'V-7K2M9Q' } }))).toBe('V-7K2M9Q / V-7K2M9Q');
  });

  it('takes the first word of a name with surrounding or repeated spaces as the first name', () => {
    expect(renderPlaceholders('{{contact.firstName}}!', context({ contact: { name: '  Grace   Hopper ', visitorId: 'V-1' } }))).toBe('Grace!');
    expect(renderPlaceholders('{{contact.firstName}}!', context({ contact: { name: 'Cher', visitorId: 'V-1' } }))).toBe('Cher!');
  });

  it('renders a missing department as an empty string', () => {
    expect(renderPlaceholders('[{{department.name}}]', context({ department: null }))).toBe('[]');
  });

  it('never reads text that came from a value as a placeholder', () => {
    const tricky = context({ contact: { name: '{{ticket.code}}', visitorId: 'V-1' }, ticket: { code: '{{agent.name}}', subject: '$& $1 $$' } });
    expect(renderPlaceholders('{{contact.name}} {{ticket.code}} {{ticket.subject}}', tricky)).toBe('{{ticket.code}} {{agent.name}} $& $1 $$');
  });

  it('leaves text without placeholders, lone braces and unknown placeholders as written', () => {
    expect(renderPlaceholders('No braces here.', context())).toBe('No braces here.');
    expect(renderPlaceholders('{ {{ }} {{ticket.code} {ticket.code}}', context())).toBe('{ {{ }} {{ticket.code} {ticket.code}}');
    expect(renderPlaceholders('{{ticket.foo}} and {{ticket.code}}', context())).toBe('{{ticket.foo}} and 7KM-2QX-9PT');
  });

  it('fills a placeholder as often as it appears, and one inside extra braces', () => {
    expect(renderPlaceholders('{{agent.name}}, {{agent.name}}', context())).toBe('Bob Agent, Bob Agent');
    expect(renderPlaceholders('{{{ticket.code}}}', context())).toBe('{7KM-2QX-9PT}');
  });
});

describe('unknownPlaceholders', () => {
  it('finds nothing in a body of known placeholders, however spaced', () => {
    expect(unknownPlaceholders('{{contact.name}} {{ contact.firstName }} {{ticket.code}} {{ticket.subject}} {{agent.name}} {{department.name}}')).toEqual([]);
  });

  it('names each unknown placeholder once, trimmed, in order of appearance', () => {
    expect(unknownPlaceholders('{{ticket.foo}} {{ contact.email }} {{ticket.foo}} {{contact.name}}')).toEqual(['{{ticket.foo}}', '{{contact.email}}']);
  });

  it('refuses names in another case, inner spaces and empty braces', () => {
    expect(unknownPlaceholders('{{Contact.Name}}')).toEqual(['{{Contact.Name}}']);
    expect(unknownPlaceholders('{{contact. name}}')).toEqual(['{{contact. name}}']);
    expect(unknownPlaceholders('{{}} {{  }}')).toEqual(['{{}}']);
  });

  it('does not take names of Object.prototype for placeholders', () => {
    expect(unknownPlaceholders('{{constructor}} {{toString}} {{__proto__}}')).toEqual(['{{constructor}}', '{{toString}}', '{{__proto__}}']);
    expect(renderPlaceholders('{{constructor}}', context())).toBe('{{constructor}}');
  });
});

describe('{{sla.firstResponseDueAt}}', () => {
  it("tells the first-response deadline in the policy's zone, in UTC for a 24x7 policy, and nothing without one", () => {
    const due = new Date('2026-03-30T08:00:00.000Z');
    expect(renderPlaceholders('By {{sla.firstResponseDueAt}}.', context({ sla: { firstResponseDueAt: due, timezone: 'Europe/Riga' } }))).toBe(
      'By Monday 30 March 2026 at 11:00 (Europe/Riga).',
    );
    expect(renderPlaceholders('{{sla.firstResponseDueAt}}', context({ sla: { firstResponseDueAt: due, timezone: null } }))).toBe('Monday 30 March 2026 at 08:00 (UTC)');
    expect(renderPlaceholders('[{{sla.firstResponseDueAt}}]', context())).toBe('[]');
  });
});
