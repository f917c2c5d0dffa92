import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import {
  authorizeActor,
  pathId,
  redirectSaved,
  renderPage,
  wasSaved,
} from "../../web/route-helpers.ts";
import { createUserAccount } from "./create-user-account.ts";
import { deactivateUserAccount } from "./deactivate-user-account.ts";
import { reactivateUserAccount } from "./reactivate-user-account.ts";
import { resetUserPassword } from "./reset-user-password.ts";
import { updateUserAccount } from "./update-user-account.ts";
import { loadUserAccount, personChoices, type UserAccount } from "./user-queries.ts";
import { newUserSchema, userUpdateSchema } from "./user-schema.ts";
import {
  NewUserPage,
  OneTimePasswordPage,
  USERS_PATH,
  UserAccountPage,
  type UserFormValues,
  UserListPage,
} from "./user-views.tsx";

const storedValues = (account: UserAccount): Partial<UserFormValues> => ({
  displayName: account.displayName,
  role: account.role,
  personId: account.personId === null ? "" : String(account.personId),
});

async function showNewUserForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { values: Partial<UserFormValues>; errors?: FieldErrors },
) {
  const persons = await personChoices(request.server.db);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <NewUserPage ctx={ctx} values={state.values} errors={state.errors ?? {}} persons={persons} />
    ),
    state.errors,
  );
}

/** The account page; after a refused change it shows the posted values and the errors. */
async function showAccountPage(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: number,
  refusedWith?: { values?: Partial<UserFormValues>; errors: FieldErrors },
) {
  authorize(request.user, "view", "user");
  const [account, persons] = await Promise.all([
    loadUserAccount(request.server.db, userId),
    personChoices(request.server.db),
  ]);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <UserAccountPage
        ctx={ctx}
        account={account}
        values={refusedWith?.values ?? storedValues(account)}
        errors={refusedWith?.errors ?? {}}
        persons={persons}
        saved={wasSaved(request.query)}
      />
    ),
    refusedWith?.errors,
  );
}

type AccountChange<T> = (options: {
  actor: Actor & { kind: "user" };
  account: UserAccount;
  tx: Database;
}) => Promise<T>;

/** A button on the account page that changes the account with no form fields of its own. */
function postAccountChange<T>(
  app: FastifyInstance,
  segment: string,
  change: AccountChange<T>,
  present: (
    request: FastifyRequest,
    reply: FastifyReply,
    changed: { account: UserAccount; result: T },
  ) => Promise<FastifyReply> | FastifyReply,
): void {
  app.post(`${USERS_PATH}/:id/${segment}`, { preHandler: requireUser }, async (request, reply) => {
    const userId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "user");
      const account = await loadUserAccount(tx, userId);
      return succeeded({ account, result: await change({ actor, account, tx }) });
    });
    if (!outcome.ok) return showAccountPage(request, reply, userId, { errors: outcome.errors });
    return present(request, reply, outcome.value);
  });
}

const backToAccount = (
  _request: FastifyRequest,
  reply: FastifyReply,
  { account }: { account: UserAccount },
) => redirectSaved(reply, `${USERS_PATH}/${account.id}`);

export async function registerUserRoutes(app: FastifyInstance): Promise<void> {
  app.get(USERS_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "user");
    const rows = await app.db
      .selectFrom("app_user")
      .leftJoin("person", "person.id", "app_user.person_id")
      .select([
        "app_user.id",
        "app_user.username",
        "app_user.display_name",
        "app_user.role",
        "app_user.disabled",
        "person.id as person_id",
        "person.given_name",
        "person.family_name",
      ])
      .orderBy("app_user.username")
      .execute();
    const users = rows.map((row) => ({
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      person:
        row.person_id === null
          ? null
          : { id: row.person_id, name: `${row.given_name} ${row.family_name}` },
      active: !row.disabled,
    }));
    return renderPage(request, reply, (ctx) => (
      <UserListPage ctx={ctx} users={users} saved={wasSaved(request.query)} />
    ));
  });

  app.get(`${USERS_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "create", "user");
    return showNewUserForm(request, reply, { values: {} });
  });

  app.post(`${USERS_PATH}/ny`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(newUserSchema, request.body);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "create", "user");
      if (!input.ok) return input;
      return succeeded(await createUserAccount({ actor, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showNewUserForm(request, reply, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    const { password, ...account } = outcome.value;
    // Shown in this response rather than after a redirect, so the password is in no URL.
    return renderPage(request, reply, (ctx) => (
      <OneTimePasswordPage ctx={ctx} account={account} password={password} created />
    ));
  });

  app.get(`${USERS_PATH}/:id`, { preHandler: requireUser }, async (request, reply) =>
    showAccountPage(request, reply, pathId(request.params)),
  );

  app.post(`${USERS_PATH}/:id`, { preHandler: requireUser }, async (request, reply) => {
    const input = parseForm(userUpdateSchema, request.body);
    const userId = pathId(request.params);
    const outcome = await commit(app, async (tx) => {
      const actor = authorizeActor(request.user, "update", "user");
      const account = await loadUserAccount(tx, userId);
      if (!input.ok) return input;
      return succeeded(await updateUserAccount({ actor, account, input: input.value, tx }));
    });
    if (!outcome.ok)
      return showAccountPage(request, reply, userId, {
        values: postedValues(request.body),
        errors: outcome.errors,
      });
    return redirectSaved(reply, `${USERS_PATH}/${userId}`);
  });

  postAccountChange(app, "deaktiver", deactivateUserAccount, backToAccount);
  postAccountChange(app, "aktiver", reactivateUserAccount, backToAccount);
  postAccountChange(app, "nytt-passord", resetUserPassword, (request, reply, changed) =>
    renderPage(request, reply, (ctx) => (
      <OneTimePasswordPage
        ctx={ctx}
        account={changed.account}
        password={changed.result}
        created={false}
      />
    )),
  );
}
