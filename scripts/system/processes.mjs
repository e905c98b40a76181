// Servers the test suites start as plain processes on 127.0.0.1 or a socket: started in their
// own process group, waited for until they answer, and stopped by pid (the whole group) when
// the suite ends, pass or fail. Shared by the WordPress and database suites.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer, connect } from 'node:net';

const running = new Set();

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `command` with `args` in its own process group, its output in `log` (a file path) when
 * given. Returns `{ pid, child, stop }`; `stop()` ends the group (TERM, then KILL after `graceMs`).
 */
export function startProcess(command, args = [], { cwd, env, log, graceMs = 5000, uid, gid } = {}) {
  const out = log ? openSync(log, 'a') : 'ignore';
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
    detached: true,
    uid,
    gid,
  });
  const entry = { pid: child.pid, child, exited: false };
  child.on('exit', () => {
    entry.exited = true;
    running.delete(entry);
  });
  running.add(entry);
  entry.stop = () => stopGroup(entry, graceMs);
  return entry;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(entry, graceMs) {
  if (entry.exited && !alive(-entry.pid)) return;
  try {
    process.kill(-entry.pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(entry.pid)) return;
    await sleep(100);
  }
  try {
    process.kill(-entry.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` resolves truthy, polling every `intervalMs`; throws after `timeoutMs`. */
export async function waitFor(check, { timeoutMs = 60_000, intervalMs = 200, what = 'the server' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** Whether something accepts TCP connections on host:port (or a Unix socket path). */
export function answers({ host = '127.0.0.1', port, path }) {
  return new Promise((resolve) => {
    const socket = path ? connect(path) : connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Stops every process started here that is still running (for `after` hooks and exit). */
export async function stopAll() {
  await Promise.all([...running].map((entry) => entry.stop()));
}

// A suite that dies on an uncaught error still stops its servers.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const entry of running) {
      try {
        process.kill(-entry.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    process.exit(130);
  });
}
process.once('exit', () => {
  for (const entry of running) {
    try {
      process.kill(-entry.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});
