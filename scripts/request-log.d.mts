// Types for scripts/request-log.mjs, which stays plain JavaScript so the server runs without a compile step.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export function loggedTarget(url: string | undefined): string;
export function requestIdFor(req: Pick<IncomingMessage, 'headers'>, trustProxy: boolean): string;
export function createRequestLog(options?: { level?: string; trustProxy?: boolean; destination?: NodeJS.WritableStream }): {
  logger: Logger;
  around(req: IncomingMessage, res: ServerResponse, handle: (req: IncomingMessage, res: ServerResponse) => unknown): void;
};
