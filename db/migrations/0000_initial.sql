CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text,
	`detail` text,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_id`,`id`);--> statement-breakpoint
CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region` text NOT NULL,
	`subregion` text
);
--> statement-breakpoint
CREATE TABLE `event_countries` (
	`event_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `country_code`, `role`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_countries_country_idx` ON `event_countries` (`country_code`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_initiatives` (
	`event_id` integer NOT NULL,
	`initiative_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `initiative_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_initiatives_initiative_idx` ON `event_initiatives` (`initiative_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_people` (
	`event_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`capacity` text,
	PRIMARY KEY(`event_id`, `person_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_people_person_idx` ON `event_people` (`person_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_tags` (
	`event_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`event_id`, `tag`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_tags_tag_idx` ON `event_tags` (`tag`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`end_date` text,
	`span_end` text NOT NULL,
	`location` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "events_type_check" CHECK(type IN ('agreement', 'meeting', 'policy-document', 'statement', 'membership', 'budget', 'exercise', 'incident', 'other')),
	CONSTRAINT "events_precision_check" CHECK(date_precision IN ('day', 'month', 'year')),
	CONSTRAINT "events_span_check" CHECK("events"."span_end" >= "events"."date")
);
--> statement-breakpoint
CREATE INDEX `events_date_idx` ON `events` (`date`,`id`);--> statement-breakpoint
CREATE INDEX `events_type_date_idx` ON `events` (`type`,`date`,`id`);--> statement-breakpoint
CREATE TABLE `initiatives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `initiatives_slug_unique` ON `initiatives` (`slug`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_name_unique` ON `people` (`name`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`url` text NOT NULL,
	`publisher` text NOT NULL,
	`title` text NOT NULL,
	`published_date` text,
	`reliability` text NOT NULL,
	`credibility` integer NOT NULL,
	`quote` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "sources_reliability_check" CHECK(reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
	CONSTRAINT "sources_credibility_check" CHECK("sources"."credibility" BETWEEN 1 AND 6)
);
--> statement-breakpoint
CREATE INDEX `sources_event_idx` ON `sources` (`event_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled_at` text,
	`last_sign_in_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "users_role_check" CHECK(role IN ('admin', 'analyst', 'viewer'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (lower("email"));