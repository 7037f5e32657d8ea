import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Router, type Request } from 'express';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The browser bundles, by the file name they are served under. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.production.min.js': { file: join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.min.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const DEFAULT_QUERY = `# Welcome to Deskline. Log in, then put the token in the Headers tab below:
# { "Authorization": "Bearer <token>" }
# Subscriptions use the same header: it travels as graphql-ws connection params.

mutation Login {
  login(input: { email: "owner@deskline.local", password: "deskline-demo" }) {
    token
    agent { name role }
  }
}

query Tickets {
  tickets(first: 10) {
    totalCount
    edges { node { code subject status priority contact { displayName } assignee { name } } }
  }
}
`;

function page(path: string, nonce: string): string {
  const assets = `${path}/assets`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Deskline GraphiQL</title>
  <link rel="stylesheet" href="${assets}/graphiql.min.css">
  <style nonce="${nonce}">html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${assets}/react.production.min.js"></script>
  <script src="${assets}/react-dom.production.min.js"></script>
  <script src="${assets}/graphiql.min.js"></script>
  <script nonce="${nonce}">
    const url = new URL(${JSON.stringify(path)}, location.href);
    const wsUrl = url.href.replace(/^http/, 'ws');
    // One graphql-ws connection per distinct Authorization header, so a token typed in the
    // Headers tab reaches subscriptions too.
    const fetchers = new Map();
    const fetcherFor = (headers) => {
      const authorization = headers && (headers.Authorization || headers.authorization);
      const key = authorization || '';
      if (!fetchers.has(key)) {
        fetchers.set(key, GraphiQL.createFetcher({
          url: url.href,
          subscriptionUrl: wsUrl,
          wsConnectionParams: authorization ? { authorization } : {},
        }));
      }
      return fetchers.get(key);
    };
    const fetcher = (params, options) => fetcherFor(options && options.headers)(params, options);
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, isHeadersEditorEnabled: true, shouldPersistHeaders: true }),
    );
  </script>
</body>
</html>`;
}

/** A browser asking for HTML, not a GraphQL-over-HTTP GET carrying a query. */
const wantsPage = (req: Request) => req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';

/**
 * Serves GraphiQL on GET `path` for browsers, with every asset served locally: the machine may
 * be offline, and nothing is fetched from a CDN.
 */
export function graphiqlRouter(path: string): Router {
  const router = Router();
  router.get(path, (req, res, next) => {
    if (!wantsPage(req)) return next();
    const nonce = randomBytes(16).toString('base64');
    res
      .set(
        'Content-Security-Policy',
        `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:`,
      )
      .type('html')
      .send(page(path, nonce));
  });
  router.get(`${path}/assets/:name`, (req, res, next) => {
    const asset = ASSETS[req.params.name];
    if (!asset) return next();
    res.type(asset.type).sendFile(asset.file, { maxAge: '7d', immutable: true });
  });
  return router;
}
