/**
 * The baseline: a bare `ws` server that broadcasts a frame of the size of a real ticketChanged
 * message, serialised once per broadcast, to every socket. POST /broadcast?seq=N answers, then
 * sends frame N (its graphql-ws id is N, zero-padded to the captured id's length).
 *
 * Usage: node baseline-server.js <port> <frame file>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

/** Frame N, the same length as the captured frame: its id replaced by N padded to the id's length. */
export function baselineFrame(captured: string, seq: number): string {
  const { id, type, payload } = JSON.parse(captured) as { id: string; type: string; payload: unknown };
  return JSON.stringify({ id: String(seq).padStart(id.length, '0'), type, payload });
}

function main(): void {
  const [portText, framePath] = process.argv.slice(2);
  if (!portText || !framePath) throw new Error('usage: baseline-server <port> <frame file>');
  const captured = readFileSync(framePath, 'utf8');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'POST' || url.pathname !== '/broadcast') {
      res.writeHead(404).end();
      return;
    }
    const seq = Number(url.searchParams.get('seq'));
    res.writeHead(204).end();
    // After the answer, as Deskline publishes after the mutation's transaction commits.
    setImmediate(() => {
      const frame = Buffer.from(baselineFrame(captured, seq));
      for (const socket of wss.clients) socket.send(frame, { binary: false });
    });
  });
  const wss = new WebSocketServer({ server, path: '/ws' });
  server.listen(Number(portText), '127.0.0.1', () => process.stdout.write('ready\n'));
  process.on('SIGTERM', () => process.exit(0));
  process.on('disconnect', () => process.exit(0));
}

if (require.main === module) main();
