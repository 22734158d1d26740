// What every route under a share link answers for a token that opens nothing (unknown, revoked, expired,
// or a view deleted) and for what the view does not hold: one plain 404, the same for all.
export const sharedNotFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
