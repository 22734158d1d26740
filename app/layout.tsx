import type { Metadata } from 'next';
import { AppHeader } from '@/components/app-header';
import { AppHeaderSlot } from '@/components/app-header-slot';
import { getCurrentUser } from '@/lib/auth/guard';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Watchfloor', template: '%s · Watchfloor' },
  description: 'Events, stances and sources for defence-policy analysts.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <AppHeaderSlot>
          <AppHeader user={user} />
        </AppHeaderSlot>
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
