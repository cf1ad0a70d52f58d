import { connect } from 'node:net';

// Bolt's opening: the magic preamble, then four version proposals (5.0 to 5.8, then 4.4).
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0,
]);

/**
 * True when a Bolt server answers the handshake on 127.0.0.1:port. An open TCP port alone is not
 * enough: Neo4j binds the port a moment before it can serve.
 */
export function boltAnswers(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write(HANDSHAKE));
    socket.once('data', (chunk) => finish(chunk.length >= 4 && chunk.readUInt32BE(0) !== 0));
  });
}
