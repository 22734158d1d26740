// "Export CSV" on a page: a plain download link to the export of exactly what the page shows (the same
// filters), so it works without JavaScript and the browser saves the file under the server's name.
import { secondaryButtonClass } from '../field';

export function ExportLink({ href }: { href: string }) {
  return (
    <a href={href} download className={`no-print ${secondaryButtonClass}`}>
      Export CSV
    </a>
  );
}
