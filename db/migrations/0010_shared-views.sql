-- Shared views (issue 10, docs/shared-views.md): saved filters with a briefing note, the pins of pinned
-- views, and read-only share links kept as token hashes. (0009 added annotations.search_tokens by hand,
-- so its snapshot lacked it; this migration's snapshot has it and adds nothing for it.)
CREATE TABLE `share_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`view_id` integer NOT NULL,
	`label` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	`last_used_at` text,
	`use_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`view_id`) REFERENCES `views`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_token_idx` ON `share_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `share_links_view_idx` ON `share_links` (`view_id`,`id`);--> statement-breakpoint
CREATE TABLE `view_pins` (
	`view_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`event_version` integer NOT NULL,
	`snapshot` text NOT NULL,
	PRIMARY KEY(`view_id`, `event_id`),
	FOREIGN KEY (`view_id`) REFERENCES `views`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_id` integer NOT NULL,
	`name` text NOT NULL,
	`briefing` text DEFAULT '' NOT NULL,
	`filters` text DEFAULT '' NOT NULL,
	`mode` text NOT NULL,
	`visibility` text NOT NULL,
	`pinned_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "views_mode_check" CHECK(mode IN ('live', 'pinned')),
	CONSTRAINT "views_visibility_check" CHECK(visibility IN ('team', 'private')),
	CONSTRAINT "views_pinned_check" CHECK((mode = 'pinned') = (pinned_at IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `views_owner_idx` ON `views` (`owner_id`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `views_team_idx` ON `views` (`visibility`,`id`) WHERE deleted_at IS NULL;
