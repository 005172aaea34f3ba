import type { Metadata } from "next";

import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SessionsList } from "@/components/account/sessions-list";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCaller, requireUserId } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  await requireUserId("/account");
  const account = await (await getCaller()).account.get();
  return (
    <>
      <PageHeader title="Account" description="How you appear to your teammates, and how you sign in." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
          </CardHeader>
          <CardBody>
            <ProfileForm name={account.name} email={account.email} />
          </CardBody>
        </Card>
        {account.hasPassword ? (
          <Card>
            <CardHeader>
              <CardTitle>Password</CardTitle>
              <CardDescription>
                Changing it signs out every other device where you are signed in.
              </CardDescription>
            </CardHeader>
            <CardBody>
              <ChangePasswordForm />
            </CardBody>
          </Card>
        ) : null}
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Where you are signed in</CardTitle>
            <CardDescription>
              Sign out a device you no longer use or do not recognise. A session also ends after 14 days
              without use, and 30 days after signing in.
            </CardDescription>
          </CardHeader>
          <CardBody>
            <SessionsList hasPassword={account.hasPassword} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
