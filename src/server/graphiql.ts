import { Router } from 'express';

// Placeholder until the offline GraphiQL page lands.
export function graphiqlRouter(_path: string): Router {
  return Router();
}
