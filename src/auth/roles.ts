export enum Role {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  AGENT = 'AGENT',
}

/** What tickets an AGENT may see; OWNER and ADMIN see every ticket. */
export enum TicketAccess {
  DEPARTMENTS = 'DEPARTMENTS',
  ASSIGNED_ONLY = 'ASSIGNED_ONLY',
}
