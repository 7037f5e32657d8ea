import type { Viewer } from '../../auth/viewer';

/** Agents' emails are for colleagues: a customer sees null. */
export const agentEmailFor = (viewer: Viewer, agent: { email: string }): string | null => (viewer.kind === 'AGENT' ? agent.email : null);
