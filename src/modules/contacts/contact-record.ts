import { instantOf, referenceOf, type Row } from '../../db/rows';

/** What the API reads of a contact: a Contact entity, or a related row of a read-only page (tickets/ticket-record.ts). */
export interface ContactRecord {
  id: string;
  name: string | null;
  visitorId: string;
  group: { id: string } | null;
  createdAt: Date;
}

export function contactRecordOf(row: Row): ContactRecord {
  return {
    id: String(row.id),
    name: (row.name as string | null) ?? null,
    visitorId: row.visitor_id as string,
    group: referenceOf(row.group_id),
    createdAt: instantOf(row.created_at),
  };
}
