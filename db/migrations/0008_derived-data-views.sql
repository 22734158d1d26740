-- Written by hand (drizzle-kit generate --custom): drizzle-kit does not model views or triggers.
--
-- One definition for each piece of derived data (docs/adding-a-filter.md). A view says what the derived
-- values are; triggers (per row, in the writer's transaction), syncEventSearch and the bulk loader (once,
-- set-based, db/queries/bulk-load.ts) only make the stored rows agree with it. Nothing is re-filled: the
-- views compute exactly what migrations 0002, 0003 and 0006 and the write path stored until now.
--
-- 1. The filter tables' copies of their event: date, span end and type, and `listed` (the event is not
--    deleted and, for countries, the row is the country's first role by name, so a country filter meets
--    each event once). Writers insert a relation's own columns, unlisted and with empty copies
--    (db/queries/events.ts); the insert triggers fill them, events_denormalise follows every change to
--    the event, and deleting a listed country role lists the next one. The rollup update triggers of
--    0006 count each of these changes. An insert trigger first counts the row as it was inserted (the job
--    of 0006's rollup insert triggers, which it replaces): SQLite leaves the order of two triggers on one
--    event undefined, and the count must come before the update that corrects the row, or a row inserted
--    listed with wrong copies would be counted under them. So any insert ends right: pending (as the app
--    writes), complete, or wrong.
CREATE VIEW `event_countries_derived` AS
SELECT c.`event_id`, c.`country_code`, c.`role`, e.`date`, e.`span_end`, e.`type`,
  (e.`deleted_at` IS NULL AND c.`role` = (
    SELECT min(x.`role`) FROM `event_countries` x WHERE x.`event_id` = c.`event_id` AND x.`country_code` = c.`country_code`)) AS `listed`
FROM `event_countries` c JOIN `events` e ON e.`id` = c.`event_id`;
--> statement-breakpoint
CREATE VIEW `event_initiatives_derived` AS
SELECT i.`event_id`, i.`initiative_id`, e.`date`, e.`span_end`, e.`type`, (e.`deleted_at` IS NULL) AS `listed`
FROM `event_initiatives` i JOIN `events` e ON e.`id` = i.`event_id`;
--> statement-breakpoint
CREATE VIEW `event_tags_derived` AS
SELECT t.`event_id`, t.`tag`, e.`date`, e.`span_end`, e.`type`, (e.`deleted_at` IS NULL) AS `listed`
FROM `event_tags` t JOIN `events` e ON e.`id` = t.`event_id`;
--> statement-breakpoint
DROP TRIGGER `event_countries_rollup_insert`;
--> statement-breakpoint
CREATE TRIGGER `event_countries_derive_insert` AFTER INSERT ON `event_countries`
BEGIN
  INSERT INTO `event_country_month_counts` (`country_code`, `month`, `type`, `count`)
  SELECT NEW.`country_code`, substr(NEW.`date`, 1, 7), NEW.`type`, 1 WHERE NEW.`listed` = 1
  ON CONFLICT (`country_code`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
  UPDATE `event_countries` SET `date` = d.`date`, `span_end` = d.`span_end`, `type` = d.`type`, `listed` = d.`listed`
  FROM `event_countries_derived` d
  WHERE d.`event_id` = NEW.`event_id` AND d.`country_code` = NEW.`country_code`
    AND `event_countries`.`event_id` = d.`event_id` AND `event_countries`.`country_code` = d.`country_code` AND `event_countries`.`role` = d.`role`
    AND (`event_countries`.`date`, `event_countries`.`span_end`, `event_countries`.`type`, `event_countries`.`listed`) IS NOT (d.`date`, d.`span_end`, d.`type`, d.`listed`);
END;
--> statement-breakpoint
CREATE TRIGGER `event_countries_derive_delete` AFTER DELETE ON `event_countries` WHEN OLD.`listed` = 1
BEGIN
  UPDATE `event_countries` SET `date` = d.`date`, `span_end` = d.`span_end`, `type` = d.`type`, `listed` = d.`listed`
  FROM `event_countries_derived` d
  WHERE d.`event_id` = OLD.`event_id` AND d.`country_code` = OLD.`country_code`
    AND `event_countries`.`event_id` = d.`event_id` AND `event_countries`.`country_code` = d.`country_code` AND `event_countries`.`role` = d.`role`
    AND (`event_countries`.`date`, `event_countries`.`span_end`, `event_countries`.`type`, `event_countries`.`listed`) IS NOT (d.`date`, d.`span_end`, d.`type`, d.`listed`);
END;
--> statement-breakpoint
DROP TRIGGER `event_initiatives_rollup_insert`;
--> statement-breakpoint
CREATE TRIGGER `event_initiatives_derive_insert` AFTER INSERT ON `event_initiatives`
BEGIN
  INSERT INTO `event_initiative_month_counts` (`initiative_id`, `month`, `type`, `count`)
  SELECT NEW.`initiative_id`, substr(NEW.`date`, 1, 7), NEW.`type`, 1 WHERE NEW.`listed` = 1
  ON CONFLICT (`initiative_id`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
  UPDATE `event_initiatives` SET `date` = d.`date`, `span_end` = d.`span_end`, `type` = d.`type`, `listed` = d.`listed`
  FROM `event_initiatives_derived` d
  WHERE d.`event_id` = NEW.`event_id` AND d.`initiative_id` = NEW.`initiative_id`
    AND `event_initiatives`.`event_id` = d.`event_id` AND `event_initiatives`.`initiative_id` = d.`initiative_id`
    AND (`event_initiatives`.`date`, `event_initiatives`.`span_end`, `event_initiatives`.`type`, `event_initiatives`.`listed`) IS NOT (d.`date`, d.`span_end`, d.`type`, d.`listed`);
END;
--> statement-breakpoint
DROP TRIGGER `event_tags_rollup_insert`;
--> statement-breakpoint
CREATE TRIGGER `event_tags_derive_insert` AFTER INSERT ON `event_tags`
BEGIN
  INSERT INTO `event_tag_month_counts` (`tag`, `month`, `type`, `count`)
  SELECT NEW.`tag`, substr(NEW.`date`, 1, 7), NEW.`type`, 1 WHERE NEW.`listed` = 1
  ON CONFLICT (`tag`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
  UPDATE `event_tags` SET `date` = d.`date`, `span_end` = d.`span_end`, `type` = d.`type`, `listed` = d.`listed`
  FROM `event_tags_derived` d
  WHERE d.`event_id` = NEW.`event_id` AND d.`tag` = NEW.`tag`
    AND `event_tags`.`event_id` = d.`event_id` AND `event_tags`.`tag` = d.`tag`
    AND (`event_tags`.`date`, `event_tags`.`span_end`, `event_tags`.`type`, `event_tags`.`listed`) IS NOT (d.`date`, d.`span_end`, d.`type`, d.`listed`);
END;
--> statement-breakpoint
-- events_denormalise (migration 0003) again, reading the views instead of repeating their rules.
DROP TRIGGER `events_denormalise`;
--> statement-breakpoint
CREATE TRIGGER `events_denormalise` AFTER UPDATE OF `date`, `span_end`, `type`, `deleted_at` ON `events`
BEGIN
  UPDATE `event_countries` SET `date` = d.`date`, `span_end` = d.`span_end`, `type` = d.`type`, `listed` = d.`listed`
  FROM `event_countries_derived` d
  WHERE d.`event_id` = NEW.`id`
    AND `event_countries`.`event_id` = d.`event_id` AND `event_countries`.`country_code` = d.`country_code` AND `event_countries`.`role` = d.`role`
    AND (`event_countries`.`date`, `event_countries`.`span_end`, `event_countries`.`type`, `event_countries`.`listed`) IS NOT (d.`date`, d.`span_end`, d.`type`, d.`listed`);
  UPDATE `event_initiatives` SET `date` = d.`date`, `span_end` = d.`span_end`, `type` = d.`type`, `listed` = d.`listed`
  FROM `event_initiatives_derived` d
  WHERE d.`event_id` = NEW.`id`
    AND `event_initiatives`.`event_id` = d.`event_id` AND `event_initiatives`.`initiative_id` = d.`initiative_id`
    AND (`event_initiatives`.`date`, `event_initiatives`.`span_end`, `event_initiatives`.`type`, `event_initiatives`.`listed`) IS NOT (d.`date`, d.`span_end`, d.`type`, d.`listed`);
  UPDATE `event_tags` SET `date` = d.`date`, `span_end` = d.`span_end`, `type` = d.`type`, `listed` = d.`listed`
  FROM `event_tags_derived` d
  WHERE d.`event_id` = NEW.`id`
    AND `event_tags`.`event_id` = d.`event_id` AND `event_tags`.`tag` = d.`tag`
    AND (`event_tags`.`date`, `event_tags`.`span_end`, `event_tags`.`type`, `event_tags`.`listed`) IS NOT (d.`date`, d.`span_end`, d.`type`, d.`listed`);
END;
--> statement-breakpoint
-- 2. The full-text document of every live event, under its date key (the same expression as
--    db/queries/search-key.ts and migration 0006's triggers). syncEventSearch re-indexes one event from
--    it on every write, the bulk loader fills events_fts from it in key order. A migration that changes
--    the document recreates this view and rebuilds events_fts from it.
CREATE VIEW `events_search_documents` AS
SELECT e.`id` AS `event_id`, ((unixepoch(e.`date`) / 86400) * 4294967296 + e.`id`) AS `key`,
  e.`title`, e.`summary`, coalesce(e.`location`, '') AS `location`,
  coalesce((SELECT group_concat(p.`name`, ' ') FROM `event_people` ep JOIN `people` p ON p.`id` = ep.`person_id` WHERE ep.`event_id` = e.`id`), '') AS `people`,
  coalesce((SELECT group_concat(s.`title` || ' ' || coalesce(s.`quote`, ''), ' ') FROM `sources` s WHERE s.`event_id` = e.`id`), '') AS `sources`
FROM `events` e WHERE e.`deleted_at` IS NULL;
--> statement-breakpoint
-- 3. The month rollups, as the GROUP BY their triggers (0003, 0006) keep incrementally: every live event,
--    and every listed row of a filter table, counted by start month and type. Columns in their tables'
--    order. Only the bulk loader reads these (to rebuild the rollups after a load) and the tests (to check
--    the triggers against them); the app reads the rollup tables.
CREATE VIEW `event_month_counts_derived` AS
SELECT substr(`date`, 1, 7) AS `month`, `type`, count(*) AS `count` FROM `events` WHERE `deleted_at` IS NULL GROUP BY 1, 2;
--> statement-breakpoint
CREATE VIEW `event_country_month_counts_derived` AS
SELECT `country_code`, substr(`date`, 1, 7) AS `month`, `type`, count(*) AS `count` FROM `event_countries` WHERE `listed` = 1 GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE VIEW `event_initiative_month_counts_derived` AS
SELECT `initiative_id`, substr(`date`, 1, 7) AS `month`, `type`, count(*) AS `count` FROM `event_initiatives` WHERE `listed` = 1 GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE VIEW `event_tag_month_counts_derived` AS
SELECT `tag`, substr(`date`, 1, 7) AS `month`, `type`, count(*) AS `count` FROM `event_tags` WHERE `listed` = 1 GROUP BY 1, 2, 3;
