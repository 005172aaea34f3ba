import type { Metadata } from "next";

import { PageHeader } from "@/components/shell/page-header";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { Card, CardBody } from "@/components/ui/card";
import { requireUserId } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Create a team" };

export default async function NewTeamPage() {
  await requireUserId("/teams/new");
  return (
    <>
      <PageHeader
        title="Create a team"
        description="A team shares its articles, claims, sources and assessments, and nobody outside it can see them. You will be its owner and can invite others."
      />
      <Card className="max-w-xl">
        <CardBody>
          <CreateTeamForm />
        </CardBody>
      </Card>
    </>
  );
}
