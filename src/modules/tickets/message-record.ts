import { instantOf, referenceOf, type Row } from '../../db/rows';
import type { MessageKind } from './message.entity';

/** What the API reads of a message: a Message entity, or a related row of a read-only page (ticket-record.ts). */
export interface MessageRecord {
  id: string;
  ticket: { id: string };
  kind: MessageKind;
  body: string;
  authorAgent: { id: string } | null;
  authorContact: { id: string } | null;
  createdAt: Date;
}

export function messageRecordOf(row: Row): MessageRecord {
  return {
    id: String(row.id),
    ticket: { id: String(row.ticket_id) },
    kind: row.kind as MessageKind,
    body: row.body as string,
    authorAgent: referenceOf(row.author_agent_id),
    authorContact: referenceOf(row.author_contact_id),
    createdAt: instantOf(row.created_at),
  };
}
