import { PageSkeleton } from '@/components/page-skeleton';

export default function Loading() {
  return <PageSkeleton label="Loading the page" />;
}
