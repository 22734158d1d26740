// `npm run db:seed`: reference data always; the demo events only into a database that has none.
import { countEvents } from '@/db/queries/timeline';
import { prepareDatabase, runMain } from './prepare-db';

runMain(async () => {
  await prepareDatabase({ seed: true });
  console.log(`The database holds ${countEvents()} events.`);
});
