CREATE TABLE `event_country_month_counts` (
	`country_code` text NOT NULL,
	`month` text NOT NULL,
	`type` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`country_code`, `month`, `type`)
);
--> statement-breakpoint
CREATE TABLE `event_initiative_month_counts` (
	`initiative_id` integer NOT NULL,
	`month` text NOT NULL,
	`type` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`initiative_id`, `month`, `type`)
);
--> statement-breakpoint
CREATE TABLE `event_tag_month_counts` (
	`tag` text NOT NULL,
	`month` text NOT NULL,
	`type` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`tag`, `month`, `type`)
);
