CREATE TABLE `membership_evidence` (
	`membership_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	PRIMARY KEY(`membership_id`, `event_id`),
	FOREIGN KEY (`membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `membership_evidence_event_idx` ON `membership_evidence` (`event_id`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country_code` text NOT NULL,
	`initiative_id` integer NOT NULL,
	`role` text NOT NULL,
	`joined` text NOT NULL,
	`joined_precision` text NOT NULL,
	`left` text,
	`confidence` text NOT NULL,
	`note` text,
	`recorded_by` integer,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memberships_role_check" CHECK(role IN ('founding-member', 'member', 'partner', 'observer', 'advisory')),
	CONSTRAINT "memberships_confidence_check" CHECK(confidence IN ('low', 'moderate', 'high'))
);
--> statement-breakpoint
CREATE INDEX `memberships_initiative_idx` ON `memberships` (`initiative_id`,`country_code`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `memberships_country_idx` ON `memberships` (`country_code`,`initiative_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `stance_evidence` (
	`stance_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	PRIMARY KEY(`stance_id`, `event_id`),
	FOREIGN KEY (`stance_id`) REFERENCES `stances`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stance_evidence_event_idx` ON `stance_evidence` (`event_id`);--> statement-breakpoint
CREATE TABLE `stances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country_code` text NOT NULL,
	`initiative_id` integer NOT NULL,
	`position` text NOT NULL,
	`as_of` text NOT NULL,
	`as_of_precision` text NOT NULL,
	`confidence` text NOT NULL,
	`rationale` text NOT NULL,
	`change_note` text,
	`recorded_by` integer,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stances_position_check" CHECK(position IN ('opposed', 'critical', 'ambiguous', 'supportive', 'committed')),
	CONSTRAINT "stances_confidence_check" CHECK(confidence IN ('low', 'moderate', 'high')),
	CONSTRAINT "stances_precision_check" CHECK(as_of_precision IN ('day', 'month', 'year'))
);
--> statement-breakpoint
CREATE INDEX `stances_subject_idx` ON `stances` (`country_code`,`initiative_id`,`as_of`,`recorded_at`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `stances_initiative_idx` ON `stances` (`initiative_id`,`country_code`) WHERE deleted_at IS NULL;