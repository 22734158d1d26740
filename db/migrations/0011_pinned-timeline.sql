CREATE TABLE `view_visits` (
	`view_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`opened_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`view_id`, `user_id`),
	FOREIGN KEY (`view_id`) REFERENCES `views`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `view_pins` ADD `date` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `view_pins` ADD `span_end` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `view_pins` ADD `type` text DEFAULT 'other' NOT NULL;--> statement-breakpoint
-- Pins made before these columns existed: their values from the snapshot (span_end as lib/dates.ts spanEnd).
UPDATE `view_pins` SET
	`date` = json_extract(`snapshot`, '$.date'),
	`type` = json_extract(`snapshot`, '$.type'),
	`span_end` = coalesce(json_extract(`snapshot`, '$.endDate'), CASE json_extract(`snapshot`, '$.datePrecision')
		WHEN 'year' THEN substr(json_extract(`snapshot`, '$.date'), 1, 4) || '-12-31'
		WHEN 'month' THEN date(json_extract(`snapshot`, '$.date'), 'start of month', '+1 month', '-1 day')
		ELSE json_extract(`snapshot`, '$.date') END);--> statement-breakpoint
CREATE INDEX `view_pins_date_idx` ON `view_pins` (`view_id`,`date`,`event_id`,`span_end`,`type`);--> statement-breakpoint
CREATE INDEX `events_updated_idx` ON `events` (`updated_at`,`id`,`date`,`span_end`,`type`) WHERE deleted_at IS NULL;