// The words of shared views, and their bounds (docs/shared-views.md).

/** live: always the current data; pinned: the events and annotations as they stood at the pin. */
export const VIEW_MODES = ['live', 'pinned'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const VIEW_NAME_MAX = 120;
export const BRIEFING_MAX = 10_000;
/** The canonical query string of a view's filter. */
export const VIEW_FILTER_MAX = 4_000;
/** A view can be pinned while its filter matches at most this many events. */
export const PIN_MAX_EVENTS = 2_000;
export const SHARE_LABEL_MAX = 120;
export const SHARE_DEFAULT_DAYS = 30;
export const SHARE_MAX_DAYS = 365;
/** Links one view may have, revoked ones included (each is a row the owner's page lists). */
export const SHARE_LINKS_PER_VIEW = 50;
