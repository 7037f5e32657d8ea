import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Router, type Request } from 'express';

interface Asset {
  file: string;
  type: string;
  /** Part of the asset's URL, so a dependency upgrade is never hidden by the year-long browser cache. */
  version: string;
}

function packageAsset(pkg: string, relative: string, type: string): Asset {
  const manifest = require.resolve(`${pkg}/package.json`);
  const file = join(dirname(manifest), relative);
  if (!existsSync(file)) throw new Error(`GraphiQL cannot be served: ${file} is missing (reinstall ${pkg})`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { file, type, version };
}

function localAssets(): Map<string, Asset> {
  return new Map([
    ['react.production.min.js', packageAsset('react', 'umd/react.production.min.js', 'text/javascript')],
    ['react-dom.production.min.js', packageAsset('react-dom', 'umd/react-dom.production.min.js', 'text/javascript')],
    ['graphiql.min.js', packageAsset('graphiql', 'graphiql.min.js', 'text/javascript')],
    ['graphiql.min.css', packageAsset('graphiql', 'graphiql.min.css', 'text/css')],
  ]);
}

const BOOTSTRAP = 'deskline-graphiql.js';

const DEFAULT_QUERY = `# Welcome to Deskline. Log in, then put the token in the Headers tab:
# { "Authorization": "Bearer <token>" }
# Subscriptions carry the same header, as graphql-ws connection params.

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

query Queue {
  queue(first: 10) {
    edges { node { code subject priority sla { policy { name } nextDueAt firstResponseBreached paused } } }
  }
}

subscription Live {
  ticketChanged { event { kind from to actor { name } } ticket { code status } }
}
`;

/**
 * The bundled `createFetcher` already sends the Headers tab as graphql-ws connection params, but
 * with the key as typed ("Authorization"), while the server reads `connectionParams.authorization`.
 * It opens a new WebSocket per subscription, so a fetcher per operation costs nothing.
 */
const bootstrapScript = (path: string) => `'use strict';
(() => {
  const url = new URL(${JSON.stringify(path)}, location.href).href;
  const subscriptionUrl = url.replace(/^http/, 'ws');
  const fetcher = (params, options) => {
    const headers = (options && options.headers) || {};
    const name = Object.keys(headers).find((key) => key.toLowerCase() === 'authorization');
    const wsConnectionParams = name ? { authorization: headers[name] } : {};
    return GraphiQL.createFetcher({ url, subscriptionUrl, wsConnectionParams })(params, options);
  };
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: true,
    }),
  );
})();
`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function page(assetsUrl: string, assets: Map<string, Asset>): string {
  const src = (name: string) => {
    const version = assets.get(name)?.version;
    return escapeHtml(`${assetsUrl}/${name}${version ? `?v=${version}` : ''}`);
  };
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Deskline GraphiQL</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${src('graphiql.min.css')}">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <noscript>GraphiQL needs JavaScript.</noscript>
  <script src="${src('react.production.min.js')}"></script>
  <script src="${src('react-dom.production.min.js')}"></script>
  <script src="${src('graphiql.min.js')}"></script>
  <script src="${src(BOOTSTRAP)}"></script>
</body>
</html>
`;
}

/**
 * 'unsafe-inline' styles: GraphiQL's dialogs inject a <style> element without a nonce. Scripts are
 * all files of this router. The Host header only enters the policy when it is a plain host[:port].
 */
function contentSecurityPolicy(req: Request): string {
  const host = req.get('host');
  const sockets = host && /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A browser asking for HTML, not a GraphQL-over-HTTP GET. */
const wantsPage = (req: Request) =>
  req.query.query === undefined &&
  req.query.extensions === undefined &&
  req.accepts(['application/json', 'text/html']) === 'text/html';

/**
 * Serves GraphiQL on GET `path` to browsers (Accept: text/html), and its scripts and styles under
 * `${path}/assets/`, all from node_modules: the page loads nothing from the internet. Any other
 * request to `path` falls through to the GraphQL server.
 */
export function graphiqlRouter(path: string): Router {
  const assets = localAssets();
  const assetsUrl = `${path.replace(/\/+$/, '')}/assets`;
  const html = page(assetsUrl, assets);
  const bootstrap = bootstrapScript(path);

  const router = Router();
  router.get(path, (req, res, next) => {
    if (!wantsPage(req)) return next();
    res
      .set({ 'Content-Security-Policy': contentSecurityPolicy(req), 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', Vary: 'Accept' })
      .type('html')
      .send(html);
  });
  router.get(`${assetsUrl}/${BOOTSTRAP}`, (_req, res) => {
    res.set({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }).type('text/javascript').send(bootstrap);
  });
  router.get(`${assetsUrl}/:name`, (req, res, next) => {
    const asset = assets.get(req.params.name);
    if (!asset) return next();
    res
      .set('X-Content-Type-Options', 'nosniff')
      .type(asset.type)
      .sendFile(asset.file, { maxAge: '365d', immutable: true });
  });
  return router;
}
