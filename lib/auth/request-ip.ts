import 'server-only';
import { headers } from 'next/headers';
import { clientIpFrom } from './client-ip';

/** The calling client's address, for rate limits in server actions. */
export async function requestIp(): Promise<string> {
  return clientIpFrom((await headers()).get('x-forwarded-for'));
}
