-- Edited by hand: SQLite cannot add a NOT NULL column without a default, so the copied event columns get
-- DEFAULT '' here only to be added, and are filled from events at the end of this migration. The write
-- path always sets them.
CREATE TABLE `event_month_counts` (
	`month` text NOT NULL,
	`type` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`month`, `type`)
);
--> statement-breakpoint
DROP INDEX `event_countries_country_idx`;--> statement-breakpoint
ALTER TABLE `event_countries` ADD `date` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_countries` ADD `span_end` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_countries` ADD `type` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_countries` ADD `listed` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX `event_countries_listed_idx` ON `event_countries` (`country_code`,`date`,`event_id`,`span_end`,`type`) WHERE listed = 1;--> statement-breakpoint
DROP INDEX `event_initiatives_initiative_idx`;--> statement-breakpoint
ALTER TABLE `event_initiatives` ADD `date` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_initiatives` ADD `span_end` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_initiatives` ADD `type` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_initiatives` ADD `listed` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX `event_initiatives_listed_idx` ON `event_initiatives` (`initiative_id`,`date`,`event_id`,`span_end`,`type`) WHERE listed = 1;--> statement-breakpoint
DROP INDEX `event_tags_tag_idx`;--> statement-breakpoint
ALTER TABLE `event_tags` ADD `date` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_tags` ADD `span_end` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_tags` ADD `type` text NOT NULL DEFAULT '';--> statement-breakpoint
ALTER TABLE `event_tags` ADD `listed` integer DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX `event_tags_listed_idx` ON `event_tags` (`tag`,`date`,`event_id`,`span_end`,`type`) WHERE listed = 1;--> statement-breakpoint
DROP INDEX `events_date_idx`;--> statement-breakpoint
DROP INDEX `events_type_date_idx`;--> statement-breakpoint
ALTER TABLE `events` ADD `span_days` integer GENERATED ALWAYS AS (cast(julianday(span_end) - julianday(date) as integer)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `events_listed_date_idx` ON `events` (`date`,`id`,`span_end`,`type`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `events_listed_type_date_idx` ON `events` (`type`,`date`,`id`,`span_end`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `events_deleted_idx` ON `events` (`deleted_at`,`id`) WHERE deleted_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `events_span_days_idx` ON `events` (`span_days`);;--> statement-breakpoint
UPDATE `event_countries` SET `date` = e.`date`, `span_end` = e.`span_end`, `type` = e.`type`,
  `listed` = (e.`deleted_at` IS NULL AND `event_countries`.`role` = (
    SELECT min(x.`role`) FROM `event_countries` x WHERE x.`event_id` = e.`id` AND x.`country_code` = `event_countries`.`country_code`))
FROM `events` e WHERE e.`id` = `event_countries`.`event_id`;--> statement-breakpoint
UPDATE `event_initiatives` SET `date` = e.`date`, `span_end` = e.`span_end`, `type` = e.`type`, `listed` = (e.`deleted_at` IS NULL)
FROM `events` e WHERE e.`id` = `event_initiatives`.`event_id`;--> statement-breakpoint
UPDATE `event_tags` SET `date` = e.`date`, `span_end` = e.`span_end`, `type` = e.`type`, `listed` = (e.`deleted_at` IS NULL)
FROM `events` e WHERE e.`id` = `event_tags`.`event_id`;