-- Full-text search and the per-month rollup. drizzle-kit does not model virtual tables or triggers, so
-- this migration is written by hand (drizzle-kit generate --custom).

-- Contentless: the text lives in events, people and sources; the index only needs the tokens. Deleted
-- events are removed from it (db/queries/event-search.ts keeps it in step on every write).
CREATE VIRTUAL TABLE `events_fts` USING fts5(
  `title`, `summary`, `location`, `people`, `sources`,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `events_fts` (`rowid`, `title`, `summary`, `location`, `people`, `sources`)
SELECT e.`id`, e.`title`, e.`summary`, coalesce(e.`location`, ''),
  coalesce((SELECT group_concat(p.`name`, ' ') FROM `event_people` ep JOIN `people` p ON p.`id` = ep.`person_id` WHERE ep.`event_id` = e.`id`), ''),
  coalesce((SELECT group_concat(s.`title` || ' ' || coalesce(s.`quote`, ''), ' ') FROM `sources` s WHERE s.`event_id` = e.`id`), '')
FROM `events` e WHERE e.`deleted_at` IS NULL;
--> statement-breakpoint
-- The event's date, type and deletion are copied into the filter tables; keep every copy in step with
-- the event, whoever writes it.
CREATE TRIGGER `events_denormalise` AFTER UPDATE OF `date`, `span_end`, `type`, `deleted_at` ON `events`
BEGIN
  UPDATE `event_countries` SET `date` = NEW.`date`, `span_end` = NEW.`span_end`, `type` = NEW.`type`,
    `listed` = (NEW.`deleted_at` IS NULL AND `role` = (
      SELECT min(x.`role`) FROM `event_countries` x WHERE x.`event_id` = NEW.`id` AND x.`country_code` = `event_countries`.`country_code`))
  WHERE `event_id` = NEW.`id`;
  UPDATE `event_initiatives` SET `date` = NEW.`date`, `span_end` = NEW.`span_end`, `type` = NEW.`type`, `listed` = (NEW.`deleted_at` IS NULL)
  WHERE `event_id` = NEW.`id`;
  UPDATE `event_tags` SET `date` = NEW.`date`, `span_end` = NEW.`span_end`, `type` = NEW.`type`, `listed` = (NEW.`deleted_at` IS NULL)
  WHERE `event_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_month_counts_insert` AFTER INSERT ON `events` WHEN NEW.`deleted_at` IS NULL
BEGIN
  INSERT INTO `event_month_counts` (`month`, `type`, `count`) VALUES (substr(NEW.`date`, 1, 7), NEW.`type`, 1)
  ON CONFLICT (`month`, `type`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_month_counts_update` AFTER UPDATE OF `date`, `type`, `deleted_at` ON `events`
BEGIN
  UPDATE `event_month_counts` SET `count` = `count` - 1
  WHERE OLD.`deleted_at` IS NULL AND `month` = substr(OLD.`date`, 1, 7) AND `type` = OLD.`type`;
  INSERT INTO `event_month_counts` (`month`, `type`, `count`)
  SELECT substr(NEW.`date`, 1, 7), NEW.`type`, 1 WHERE NEW.`deleted_at` IS NULL
  ON CONFLICT (`month`, `type`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `events_month_counts_delete` AFTER DELETE ON `events` WHEN OLD.`deleted_at` IS NULL
BEGIN
  UPDATE `event_month_counts` SET `count` = `count` - 1 WHERE `month` = substr(OLD.`date`, 1, 7) AND `type` = OLD.`type`;
END;
--> statement-breakpoint
INSERT INTO `event_month_counts` (`month`, `type`, `count`)
SELECT substr(`date`, 1, 7), `type`, count(*) FROM `events` WHERE `deleted_at` IS NULL GROUP BY 1, 2;
