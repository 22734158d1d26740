CREATE TABLE `annotation_tags` (
	`annotation_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`annotation_id`, `tag`),
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `annotation_tags_tag_idx` ON `annotation_tags` (`tag`,`annotation_id`);--> statement-breakpoint
CREATE TABLE `annotation_versions` (
	`annotation_id` integer NOT NULL,
	`version` integer NOT NULL,
	`kind` text NOT NULL,
	`likelihood` text,
	`confidence` text,
	`body` text NOT NULL,
	`tags` text NOT NULL,
	`visibility` text NOT NULL,
	`edited_by` integer,
	`edited_at` text NOT NULL,
	PRIMARY KEY(`annotation_id`, `version`),
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`edited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `annotations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target` text NOT NULL,
	`event_id` integer,
	`source_id` integer,
	`stance_id` integer,
	`parent_id` integer,
	`quote` text,
	`kind` text NOT NULL,
	`likelihood` text,
	`confidence` text,
	`body` text NOT NULL,
	`visibility` text NOT NULL,
	`author_id` integer NOT NULL,
	`resolved_at` text,
	`resolved_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stance_id`) REFERENCES `stances`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "annotations_target_check" CHECK(target IN ('event', 'source', 'stance')),
	CONSTRAINT "annotations_kind_check" CHECK(kind IN ('note', 'judgment')),
	CONSTRAINT "annotations_visibility_check" CHECK(visibility IN ('team', 'private')),
	CONSTRAINT "annotations_target_refs_check" CHECK((target = 'event' AND event_id IS NOT NULL AND source_id IS NULL AND stance_id IS NULL) OR (target = 'source' AND event_id IS NOT NULL AND source_id IS NOT NULL AND stance_id IS NULL) OR (target = 'stance' AND event_id IS NULL AND source_id IS NULL AND stance_id IS NOT NULL)),
	CONSTRAINT "annotations_judgment_check" CHECK((kind = 'judgment') = (likelihood IS NOT NULL AND confidence IS NOT NULL) AND (kind = 'judgment' OR (likelihood IS NULL AND confidence IS NULL)))
);
--> statement-breakpoint
CREATE INDEX `annotations_event_idx` ON `annotations` (`event_id`,`visibility`,`author_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `annotations_stance_idx` ON `annotations` (`stance_id`) WHERE deleted_at IS NULL AND stance_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `annotations_parent_idx` ON `annotations` (`parent_id`) WHERE parent_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `annotations_feed_idx` ON `annotations` (`visibility`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `annotations_author_idx` ON `annotations` (`author_id`,`id`) WHERE deleted_at IS NULL;