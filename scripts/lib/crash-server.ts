// The production server the crash test kills: `scripts/server.mjs` on the current build, started directly
// (not through `npm start`, whose parent process would survive a SIGKILL and keep nothing of the child's
// state) on a port and database of its own, killed with SIGKILL and started again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export type CrashServerOptions = { database: string; port: number; adminEmail: string; adminPassword: string };

const START_TIMEOUT_MS = 120_000;
/** The last lines of the server's output, shown when it fails to start. */
const KEEP_OUTPUT = 8_000;

/** Migrates and seeds a new database and creates its admin, as `npm start` does before it serves. */
export function prepareCrashDatabase({ database, adminEmail, adminPassword }: Omit<CrashServerOptions, 'port'>) {
  const prepared = spawnSync(path.resolve('node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/prepare-db.ts'], {
    env: { ...process.env, DATABASE_PATH: database, ADMIN_EMAIL: adminEmail, ADMIN_PASSWORD: adminPassword },
    encoding: 'utf8',
  });
  if (prepared.status !== 0) throw new Error(`preparing ${database} failed:\n${prepared.stdout}${prepared.stderr}`);
}

/** Whether a server answers /api/health at `base`. */
export async function answers(base: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** A promise opened from outside: closed while the server is down, opened when it answers. */
function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

export class CrashServer {
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);
  private up = gate();
  output = '';

  constructor(private readonly options: CrashServerOptions) {}

  get base() {
    return `http://127.0.0.1:${this.options.port}`;
  }

  /** Resolves once the server answers; while it is killed, when it has been started again. */
  whenUp(): Promise<void> {
    return this.up.promise;
  }

  /** Starts the server and waits for /api/health; returns how long that took, in ms. */
  async start(): Promise<number> {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/server.mjs', '--port', String(this.options.port), '--hostname', '127.0.0.1', '--log-level', 'warn'], {
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_PATH: this.options.database },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-KEEP_OUTPUT));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    let exitedEarly = false;
    void this.exited.then(() => (exitedEarly = true));
    while (!(await answers(this.base))) {
      if (exitedEarly) throw new Error(`the server exited while starting:\n${this.output}`);
      if (performance.now() - started > START_TIMEOUT_MS) {
        child.kill('SIGKILL');
        throw new Error(`the server did not answer within ${START_TIMEOUT_MS / 1000} s:\n${this.output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const ms = performance.now() - started;
    this.up.open();
    return ms;
  }

  /** SIGKILL: the process ends at once, in whatever it was doing, with no chance to finish or checkpoint. */
  async kill(): Promise<void> {
    // Closed first, so that a writer whose request the kill cuts off waits for the next start.
    this.up = gate();
    this.child?.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  /** Ends the server after a failed run, and lets every writer waiting for it go (their requests then fail at once). */
  async abandon(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
    this.up.open();
  }

  /** SIGTERM, as a service manager stops it; resolves with the exit code (0: requests finished, WAL checkpointed). */
  async stop(): Promise<number | null> {
    this.child?.kill('SIGTERM');
    const code = await this.exited;
    this.child = null;
    return code;
  }
}
