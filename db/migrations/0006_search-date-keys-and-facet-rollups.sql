-- Written by hand (drizzle-kit generate --custom): drizzle-kit does not model virtual tables or triggers.
--
-- 1. Full-text rows keyed by date. events_fts is rebuilt with rowid = day × 2^32 + event id, where day is
--    the event's start date in days since 1970 (db/queries/search-key.ts computes the same key). FTS5
--    returns matches in rowid order, so "newest first" is the index order, LIMIT stops after a page, and a
--    date range or keyset cursor is a rowid range. The key changes with the date: a trigger drops the
--    old row when the date changes (the write path re-inserts under the new key in the same transaction).
DROP TABLE `events_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `events_fts` USING fts5(
  `title`, `summary`, `location`, `people`, `sources`,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `events_fts` (`rowid`, `title`, `summary`, `location`, `people`, `sources`)
SELECT (unixepoch(e.`date`) / 86400) * 4294967296 + e.`id`, e.`title`, e.`summary`, coalesce(e.`location`, ''),
  coalesce((SELECT group_concat(p.`name`, ' ') FROM `event_people` ep JOIN `people` p ON p.`id` = ep.`person_id` WHERE ep.`event_id` = e.`id`), ''),
  coalesce((SELECT group_concat(s.`title` || ' ' || coalesce(s.`quote`, ''), ' ') FROM `sources` s WHERE s.`event_id` = e.`id`), '')
FROM `events` e WHERE e.`deleted_at` IS NULL ORDER BY e.`date`, e.`id`;
--> statement-breakpoint
CREATE TRIGGER `events_search_rekey` AFTER UPDATE OF `date` ON `events` WHEN OLD.`date` IS NOT NEW.`date`
BEGIN
  DELETE FROM `events_fts` WHERE `rowid` = (unixepoch(OLD.`date`) / 86400) * 4294967296 + OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_search_delete` AFTER DELETE ON `events`
BEGIN
  DELETE FROM `events_fts` WHERE `rowid` = (unixepoch(OLD.`date`) / 86400) * 4294967296 + OLD.`id`;
END;
--> statement-breakpoint
-- 2. Per-facet monthly rollups (tables in 0005), kept by triggers on the filter tables. Those tables carry
--    the event's date, type and listed flag (kept by events_denormalise), so every change to an event or
--    its relations passes through an insert, update or delete here, in the writer's transaction.
CREATE TRIGGER `event_countries_rollup_insert` AFTER INSERT ON `event_countries` WHEN NEW.`listed` = 1
BEGIN
  INSERT INTO `event_country_month_counts` (`country_code`, `month`, `type`, `count`) VALUES (NEW.`country_code`, substr(NEW.`date`, 1, 7), NEW.`type`, 1)
  ON CONFLICT (`country_code`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_countries_rollup_delete` AFTER DELETE ON `event_countries` WHEN OLD.`listed` = 1
BEGIN
  UPDATE `event_country_month_counts` SET `count` = `count` - 1
  WHERE `country_code` = OLD.`country_code` AND `month` = substr(OLD.`date`, 1, 7) AND `type` = OLD.`type`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_countries_rollup_update` AFTER UPDATE OF `country_code`, `date`, `type`, `listed` ON `event_countries`
BEGIN
  UPDATE `event_country_month_counts` SET `count` = `count` - 1
  WHERE OLD.`listed` = 1 AND `country_code` = OLD.`country_code` AND `month` = substr(OLD.`date`, 1, 7) AND `type` = OLD.`type`;
  INSERT INTO `event_country_month_counts` (`country_code`, `month`, `type`, `count`)
  SELECT NEW.`country_code`, substr(NEW.`date`, 1, 7), NEW.`type`, 1 WHERE NEW.`listed` = 1
  ON CONFLICT (`country_code`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
INSERT INTO `event_country_month_counts` (`country_code`, `month`, `type`, `count`)
SELECT `country_code`, substr(`date`, 1, 7), `type`, count(*) FROM `event_countries` WHERE `listed` = 1 GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER `event_initiatives_rollup_insert` AFTER INSERT ON `event_initiatives` WHEN NEW.`listed` = 1
BEGIN
  INSERT INTO `event_initiative_month_counts` (`initiative_id`, `month`, `type`, `count`) VALUES (NEW.`initiative_id`, substr(NEW.`date`, 1, 7), NEW.`type`, 1)
  ON CONFLICT (`initiative_id`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_initiatives_rollup_delete` AFTER DELETE ON `event_initiatives` WHEN OLD.`listed` = 1
BEGIN
  UPDATE `event_initiative_month_counts` SET `count` = `count` - 1
  WHERE `initiative_id` = OLD.`initiative_id` AND `month` = substr(OLD.`date`, 1, 7) AND `type` = OLD.`type`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_initiatives_rollup_update` AFTER UPDATE OF `initiative_id`, `date`, `type`, `listed` ON `event_initiatives`
BEGIN
  UPDATE `event_initiative_month_counts` SET `count` = `count` - 1
  WHERE OLD.`listed` = 1 AND `initiative_id` = OLD.`initiative_id` AND `month` = substr(OLD.`date`, 1, 7) AND `type` = OLD.`type`;
  INSERT INTO `event_initiative_month_counts` (`initiative_id`, `month`, `type`, `count`)
  SELECT NEW.`initiative_id`, substr(NEW.`date`, 1, 7), NEW.`type`, 1 WHERE NEW.`listed` = 1
  ON CONFLICT (`initiative_id`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
INSERT INTO `event_initiative_month_counts` (`initiative_id`, `month`, `type`, `count`)
SELECT `initiative_id`, substr(`date`, 1, 7), `type`, count(*) FROM `event_initiatives` WHERE `listed` = 1 GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER `event_tags_rollup_insert` AFTER INSERT ON `event_tags` WHEN NEW.`listed` = 1
BEGIN
  INSERT INTO `event_tag_month_counts` (`tag`, `month`, `type`, `count`) VALUES (NEW.`tag`, substr(NEW.`date`, 1, 7), NEW.`type`, 1)
  ON CONFLICT (`tag`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_tags_rollup_delete` AFTER DELETE ON `event_tags` WHEN OLD.`listed` = 1
BEGIN
  UPDATE `event_tag_month_counts` SET `count` = `count` - 1
  WHERE `tag` = OLD.`tag` AND `month` = substr(OLD.`date`, 1, 7) AND `type` = OLD.`type`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_tags_rollup_update` AFTER UPDATE OF `tag`, `date`, `type`, `listed` ON `event_tags`
BEGIN
  UPDATE `event_tag_month_counts` SET `count` = `count` - 1
  WHERE OLD.`listed` = 1 AND `tag` = OLD.`tag` AND `month` = substr(OLD.`date`, 1, 7) AND `type` = OLD.`type`;
  INSERT INTO `event_tag_month_counts` (`tag`, `month`, `type`, `count`)
  SELECT NEW.`tag`, substr(NEW.`date`, 1, 7), NEW.`type`, 1 WHERE NEW.`listed` = 1
  ON CONFLICT (`tag`, `month`, `type`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
INSERT INTO `event_tag_month_counts` (`tag`, `month`, `type`, `count`)
SELECT `tag`, substr(`date`, 1, 7), `type`, count(*) FROM `event_tags` WHERE `listed` = 1 GROUP BY 1, 2, 3;
