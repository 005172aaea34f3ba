CREATE TYPE "public"."reliability_grade" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('outlet', 'person', 'organisation', 'social_account', 'government_body');--> statement-breakpoint
CREATE TYPE "public"."import_method" AS ENUM('paste', 'file', 'url');--> statement-breakpoint
CREATE TABLE "source_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"rater_id" uuid NOT NULL,
	"grade" "reliability_grade" NOT NULL,
	"rationale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"kind" "source_kind" NOT NULL,
	"name" text NOT NULL,
	"key" text NOT NULL,
	"domain" text,
	"url" text,
	"description" text,
	"merged_into_id" uuid,
	"consensus_grade" "reliability_grade",
	"consensus_spread" integer DEFAULT 0 NOT NULL,
	"is_disputed" boolean DEFAULT false NOT NULL,
	"ratings_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"method" "import_method" NOT NULL,
	"file_name" text,
	"text" text NOT NULL,
	"blocks" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"word_count" integer NOT NULL,
	"suggested" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"title" text NOT NULL,
	"outlet_id" uuid,
	"author" text,
	"published_at" timestamp with time zone,
	"url" text,
	"canonical_url" text,
	"language" text,
	"word_count" integer NOT NULL,
	"text" text NOT NULL,
	"blocks" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"import_method" "import_method" NOT NULL,
	"file_name" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, "text"), 'B')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"actor_id" uuid,
	"verb" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "has_blind_rating" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "source_ratings" ADD CONSTRAINT "source_ratings_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_ratings" ADD CONSTRAINT "source_ratings_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_ratings" ADD CONSTRAINT "source_ratings_rater_id_users_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_merged_into_id_sources_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_imports" ADD CONSTRAINT "article_imports_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_imports" ADD CONSTRAINT "article_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_outlet_id_sources_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_ratings_team_id_source_id_created_at_idx" ON "source_ratings" USING btree ("team_id","source_id","created_at");--> statement-breakpoint
CREATE INDEX "source_ratings_source_id_rater_id_idx" ON "source_ratings" USING btree ("source_id","rater_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_team_id_kind_key_idx" ON "sources" USING btree ("team_id","kind","key") WHERE "sources"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "sources_team_id_domain_idx" ON "sources" USING btree ("team_id","domain");--> statement-breakpoint
CREATE INDEX "sources_name_trgm_idx" ON "sources" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "article_imports_team_id_created_at_idx" ON "article_imports" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_team_id_content_hash_idx" ON "articles" USING btree ("team_id","content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_team_id_canonical_url_idx" ON "articles" USING btree ("team_id","canonical_url") WHERE "articles"."canonical_url" is not null;--> statement-breakpoint
CREATE INDEX "articles_search_vector_idx" ON "articles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "articles_team_id_created_at_id_idx" ON "articles" USING btree ("team_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_team_id_published_at_id_idx" ON "articles" USING btree ("team_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_team_id_outlet_id_idx" ON "articles" USING btree ("team_id","outlet_id");--> statement-breakpoint
CREATE INDEX "activity_team_id_created_at_idx" ON "activity" USING btree ("team_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "activity_team_id_subject_idx" ON "activity" USING btree ("team_id","subject_type","subject_id","created_at" DESC NULLS LAST);