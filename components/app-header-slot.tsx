'use client';
// The app's header everywhere but on a share link's pages, which are a briefing for readers outside the
// app and lead nowhere into it (issue 10). Rendered on the server too, so those pages never carry it.
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

export function AppHeaderSlot({ children }: { children: ReactNode }) {
  return usePathname().startsWith('/shared/') ? null : children;
}
