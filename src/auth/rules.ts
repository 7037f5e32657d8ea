import { allow, rule } from 'graphql-shield';
import { forbidden, unauthenticated } from '../errors/app-error';
import { isAdministrator, type Viewer } from './viewer';

interface WithViewer {
  viewer: Viewer;
}

const rejected = (viewer: Viewer) => (viewer.kind === 'REJECTED' ? unauthenticated(viewer.reason) : undefined);
const denied = (viewer: Viewer) => rejected(viewer) ?? unauthenticated();

/** Any active agent with a valid token. */
export const isAgent = rule({ cache: 'contextual' })((_parent, _args, { viewer }: WithViewer) => {
  return viewer.kind === 'AGENT' ? true : denied(viewer);
});

/** OWNER or ADMIN. */
export const isAdmin = rule({ cache: 'contextual' })((_parent, _args, { viewer }: WithViewer) => {
  if (isAdministrator(viewer)) return true;
  return viewer.kind === 'AGENT' ? forbidden('Only owners and admins may do this') : denied(viewer);
});

/** Anyone, except a caller whose token is invalid: such a token is never read as anonymous. */
export const isAnyoneWithoutBadToken = rule({ cache: 'contextual' })((_parent, _args, { viewer }: WithViewer) => rejected(viewer) ?? true);

export { allow };
