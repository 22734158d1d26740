-- Written by hand (drizzle-kit generate --custom): drizzle-kit does not model views or virtual tables.
--
-- Annotations become searchable with their events. events_fts gains two columns, both from the
-- events_search_documents view, still the document's one definition (docs/adding-a-filter.md):
--   notes    the event's team annotations (bodies and quoted passages), searched by every reader;
--   private  its private annotations as their authors' own tokens, `u<author>x<word>`
--            (annotations.search_tokens, written by db/queries/annotations.ts from
--            lib/timeline/search-query.ts privateDocument), searched only for their author.
-- A search holds every other part of its expression to the shared columns, so nobody's query can reach
-- another analyst's private words. No database has private annotations from before this migration:
-- 0007 and 0009 ship together.
ALTER TABLE `annotations` ADD `search_tokens` text;
--> statement-breakpoint
DROP VIEW `events_search_documents`;
--> statement-breakpoint
CREATE VIEW `events_search_documents` AS
SELECT e.`id` AS `event_id`, ((unixepoch(e.`date`) / 86400) * 4294967296 + e.`id`) AS `key`,
  e.`title`, e.`summary`, coalesce(e.`location`, '') AS `location`,
  coalesce((SELECT group_concat(p.`name`, ' ') FROM `event_people` ep JOIN `people` p ON p.`id` = ep.`person_id` WHERE ep.`event_id` = e.`id`), '') AS `people`,
  coalesce((SELECT group_concat(s.`title` || ' ' || coalesce(s.`quote`, ''), ' ') FROM `sources` s WHERE s.`event_id` = e.`id`), '') AS `sources`,
  coalesce((SELECT group_concat(a.`body` || ' ' || coalesce(a.`quote`, ''), ' ') FROM `annotations` a
    WHERE a.`event_id` = e.`id` AND a.`deleted_at` IS NULL AND a.`visibility` = 'team'), '') AS `notes`,
  coalesce((SELECT group_concat(a.`search_tokens`, ' ') FROM `annotations` a
    WHERE a.`event_id` = e.`id` AND a.`deleted_at` IS NULL AND a.`visibility` = 'private'), '') AS `private`
FROM `events` e WHERE e.`deleted_at` IS NULL;
--> statement-breakpoint
DROP TABLE `events_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `events_fts` USING fts5(
  `title`, `summary`, `location`, `people`, `sources`, `notes`, `private`,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `events_fts` (`rowid`, `title`, `summary`, `location`, `people`, `sources`, `notes`, `private`)
SELECT `key`, `title`, `summary`, `location`, `people`, `sources`, `notes`, `private` FROM `events_search_documents` ORDER BY `key`;
