// POST /events/import/upload[?apply=1]: an events CSV as the request body (analysts). The body is streamed
// to a private temporary file up to the import's byte limit, then checked (or, with apply=1, imported in
// one transaction) by `npm run import`'s own code in a child process on its own database connection, so
// that a large file neither holds this server's synchronous connection nor its event loop. The response
// streams the child's progress and report as JSON lines (docs/import.md).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { guardedRoute } from '@/lib/auth/route';
import { formatBytes, IMPORT_LIMITS } from '@/lib/import/columns';

export const dynamic = 'force-dynamic';

const refuse = (status: number, error: string, parameter = 'file') => Response.json({ error, parameter }, { status });
const TOO_LARGE = `The file is larger than ${formatBytes(IMPORT_LIMITS.maxBytes)}, the most one import takes. Split it.`;

class TooLarge extends Error {}

// One import at a time per server: each holds a file on disk, a child process and, when applied, the
// database's write lock.
let running = false;

function fileNameOf(request: Request): string {
  try {
    const name = decodeURIComponent(request.headers.get('x-file-name') ?? '');
    return path.basename(name).slice(0, 200) || 'upload.csv';
  } catch {
    return 'upload.csv';
  }
}

async function saveBody(body: ReadableStream<Uint8Array>, file: string) {
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.byteLength;
      done(bytes > IMPORT_LIMITS.maxBytes ? new TooLarge() : null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(body as import('node:stream/web').ReadableStream), limit, fs.createWriteStream(file, { mode: 0o600 }));
}

export const POST = guardedRoute('write', async (request, user) => {
  const params = new URL(request.url).searchParams;
  const unknown = [...params.keys()].find((k) => k !== 'apply');
  if (unknown) return refuse(400, `Unknown parameter ${unknown.slice(0, 64)}`, unknown.slice(0, 64));
  const apply = params.get('apply');
  if (apply !== null && apply !== '1') return refuse(400, 'apply is 1 (import the file) or absent (check it only)', 'apply');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > IMPORT_LIMITS.maxBytes) return refuse(413, TOO_LARGE);
  if (!request.body) return refuse(400, 'Send the CSV file as the request body');
  if (running) return refuse(409, 'Another import is running on this server; try again when it has finished.');
  running = true;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watchfloor-import-'));
  const file = path.join(dir, fileNameOf(request));
  const finish = () => {
    running = false;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await saveBody(request.body, file);
  } catch (error) {
    finish();
    if (error instanceof TooLarge) return refuse(413, TOO_LARGE);
    throw error;
  }

  const args = [
    '--conditions=react-server',
    '--import',
    'tsx',
    path.join(process.cwd(), 'scripts', 'import.ts'),
    file,
    '--json',
    '--actor-id',
    String(user.id),
  ];
  if (apply !== '1') args.push('--dry-run');
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  // A client that goes away stops the import: the child's open transaction dies with it, writing nothing.
  request.signal.addEventListener('abort', () => child.kill('SIGTERM'), { once: true });

  const encoder = new TextEncoder();
  let reported = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let buffered = '';
      child.stdout.on('data', (d: Buffer) => {
        buffered += d.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          if (line.startsWith('{"type":"report"')) reported = true;
          if (line) controller.enqueue(encoder.encode(line + '\n'));
        }
      });
      child.on('close', (code) => {
        finish();
        if (!reported) {
          console.error(`import child exited ${code}: ${stderr}`);
          const report = {
            ok: false,
            fileError: 'The import stopped before it finished; nothing was written. Try again, or ask an operator to run npm run import.',
          };
          controller.enqueue(encoder.encode(JSON.stringify({ type: 'report', report }) + '\n'));
        }
        controller.close();
      });
    },
    cancel() {
      child.kill('SIGTERM');
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
});
