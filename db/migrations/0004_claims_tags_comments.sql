CREATE TYPE "public"."claim_status" AS ENUM('open', 'corroborated', 'contradicted', 'unresolved');--> statement-breakpoint
CREATE TYPE "public"."claim_type" AS ENUM('fact', 'quote', 'opinion', 'prediction', 'figure');--> statement-breakpoint
CREATE TYPE "public"."credibility_level" AS ENUM('1', '2', '3', '4', '5', '6');--> statement-breakpoint
CREATE TYPE "public"."link_kind" AS ENUM('corroborates', 'contradicts', 'duplicates', 'elaborates');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('mention', 'reply');--> statement-breakpoint
CREATE TABLE "tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"name" text NOT NULL,
	"color" text NOT NULL,
	"description" text,
	"parent_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"from_claim_id" uuid NOT NULL,
	"to_claim_id" uuid NOT NULL,
	"kind" "link_kind" NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_links_not_self_check" CHECK ("claim_links"."from_claim_id" <> "claim_links"."to_claim_id")
);
--> statement-breakpoint
CREATE TABLE "claim_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"rater_id" uuid NOT NULL,
	"level" "credibility_level" NOT NULL,
	"rationale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_tags" (
	"team_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_tags_claim_id_tag_id_pk" PRIMARY KEY("claim_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"quote" text NOT NULL,
	"prefix" text NOT NULL,
	"suffix" text NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"statement" text NOT NULL,
	"speaker_id" uuid,
	"type" "claim_type" NOT NULL,
	"status" "claim_status" DEFAULT 'open' NOT NULL,
	"credibility" "credibility_level",
	"credibility_spread" integer DEFAULT 0 NOT NULL,
	"is_disputed" boolean DEFAULT false NOT NULL,
	"ratings_count" integer DEFAULT 0 NOT NULL,
	"contradictions_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "statement"), 'A') || setweight(to_tsvector('english'::regconfig, "quote"), 'B')) STORED NOT NULL,
	CONSTRAINT "claims_offsets_check" CHECK ("claims"."start_offset" >= 0 and "claims"."end_offset" > "claims"."start_offset")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"claim_id" uuid,
	"article_id" uuid,
	"thread_id" uuid,
	"author_id" uuid,
	"body" text NOT NULL,
	"mentions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	CONSTRAINT "comments_one_subject_check" CHECK (num_nonnulls("comments"."claim_id", "comments"."article_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"actor_id" uuid,
	"comment_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_parent_id_tags_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tags"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_from_claim_id_claims_id_fk" FOREIGN KEY ("from_claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_to_claim_id_claims_id_fk" FOREIGN KEY ("to_claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_ratings" ADD CONSTRAINT "claim_ratings_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_ratings" ADD CONSTRAINT "claim_ratings_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_ratings" ADD CONSTRAINT "claim_ratings_rater_id_users_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_tags" ADD CONSTRAINT "claim_tags_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_tags" ADD CONSTRAINT "claim_tags_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_tags" ADD CONSTRAINT "claim_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_speaker_id_sources_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_thread_id_comments_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tags_team_id_name_idx" ON "tags" USING btree ("team_id",lower("name"));--> statement-breakpoint
CREATE INDEX "tags_team_id_parent_id_idx" ON "tags" USING btree ("team_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_links_from_claim_id_to_claim_id_kind_idx" ON "claim_links" USING btree ("from_claim_id","to_claim_id","kind");--> statement-breakpoint
CREATE INDEX "claim_links_team_id_from_claim_id_idx" ON "claim_links" USING btree ("team_id","from_claim_id");--> statement-breakpoint
CREATE INDEX "claim_links_team_id_to_claim_id_idx" ON "claim_links" USING btree ("team_id","to_claim_id");--> statement-breakpoint
CREATE INDEX "claim_ratings_team_id_claim_id_created_at_idx" ON "claim_ratings" USING btree ("team_id","claim_id","created_at");--> statement-breakpoint
CREATE INDEX "claim_ratings_claim_id_rater_id_idx" ON "claim_ratings" USING btree ("claim_id","rater_id");--> statement-breakpoint
CREATE INDEX "claim_tags_team_id_tag_id_claim_id_idx" ON "claim_tags" USING btree ("team_id","tag_id","claim_id");--> statement-breakpoint
CREATE INDEX "claims_team_id_article_id_start_offset_idx" ON "claims" USING btree ("team_id","article_id","start_offset");--> statement-breakpoint
CREATE INDEX "claims_team_id_created_at_id_idx" ON "claims" USING btree ("team_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "claims_team_id_speaker_id_idx" ON "claims" USING btree ("team_id","speaker_id");--> statement-breakpoint
CREATE INDEX "claims_team_id_status_idx" ON "claims" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "claims_team_id_created_by_idx" ON "claims" USING btree ("team_id","created_by");--> statement-breakpoint
CREATE INDEX "claims_search_vector_idx" ON "claims" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "comments_team_id_claim_id_created_at_idx" ON "comments" USING btree ("team_id","claim_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_team_id_article_id_created_at_idx" ON "comments" USING btree ("team_id","article_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_thread_id_created_at_idx" ON "comments" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_id_team_id_created_at_idx" ON "notifications" USING btree ("user_id","team_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id","team_id") WHERE "notifications"."read_at" is null;