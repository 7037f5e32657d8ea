/**
 * Whether a WebSocket upgrade may proceed, judged by its Origin header. Browsers always send
 * one, so this stops other sites' pages from opening sockets (cross-site WebSocket hijacking);
 * other clients send none and can forge it anyway, so a missing Origin is accepted.
 *
 * @param allowed exact origins (`https://desk.example.com`), already normalized as `URL.origin`;
 *   undefined accepts only the server's own origin (the Origin's host equals the Host header).
 */
export function isOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[] | undefined): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file://) and garbage
  }
  if (allowed) return allowed.includes(url.origin);
  return host !== undefined && url.host === host.toLowerCase();
}
