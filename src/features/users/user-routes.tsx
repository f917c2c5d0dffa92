import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../audit.ts";
import { commit } from "../../commit/commit.ts";
import { type FieldErrors, succeeded } from "../../commit/outcome.ts";
import type { Database } from "../../db/database.ts";
import { authorize } from "../../policies/policy.ts";
import { parseForm, postedValues } from "../../web/form-input.ts";
import { requireUser } from "../../web/require-user.ts";
import { authorizeActor, pathId, redirectSaved, renderPage } from "../../web/route-helpers.ts";
import { presentPersonChoice } from "../registry/person-presenter.ts";
import { listPersonNames } from "../registry/person-queries.ts";
import { createUserAccount } from "./create-user-account.ts";
import { deactivateUserAccount } from "./deactivate-user-account.ts";
import { reactivateUserAccount } from "./reactivate-user-account.ts";
import { resetUserPassword } from "./reset-user-password.ts";
import { updateUserAccount } from "./update-user-account.ts";
import { USERS_PATH, userPath } from "./user-paths.ts";
import {
  presentAccountLink,
  presentUserAccount,
  presentUserRow,
  type UserFormValues,
  userFormValues,
} from "./user-presenter.ts";
import { listUserAccounts, loadUserAccount, type UserAccount } from "./user-queries.ts";
import { newUserSchema, userUpdateSchema } from "./user-schema.ts";
import { NewUserPage, OneTimePasswordPage, UserAccountPage, UserListPage } from "./user-views.tsx";

/** The persons an account may be linked to. */
const personChoices = async (request: FastifyRequest) =>
  (await listPersonNames(request.server.db)).map(presentPersonChoice);

async function showNewUserForm(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { values: Partial<UserFormValues>; errors?: FieldErrors },
) {
  const persons = await personChoices(request);
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
    personChoices(request),
  ]);
  return renderPage(
    request,
    reply,
    (ctx) => (
      <UserAccountPage
        ctx={ctx}
        account={presentUserAccount(account)}
        values={refusedWith?.values ?? userFormValues(account)}
        errors={refusedWith?.errors ?? {}}
        persons={persons}
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
) => redirectSaved(reply, userPath(account.id));

export async function registerUserRoutes(app: FastifyInstance): Promise<void> {
  app.get(USERS_PATH, { preHandler: requireUser }, async (request, reply) => {
    authorize(request.user, "view", "user");
    const users = await listUserAccounts(app.db);
    return renderPage(request, reply, (ctx) => (
      <UserListPage ctx={ctx} users={users.map(presentUserRow)} />
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
      <OneTimePasswordPage
        ctx={ctx}
        account={presentAccountLink(account)}
        password={password}
        created
      />
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
    return redirectSaved(reply, userPath(userId));
  });

  postAccountChange(app, "deaktiver", deactivateUserAccount, backToAccount);
  postAccountChange(app, "aktiver", reactivateUserAccount, backToAccount);
  postAccountChange(app, "nytt-passord", resetUserPassword, (request, reply, changed) =>
    renderPage(request, reply, (ctx) => (
      <OneTimePasswordPage
        ctx={ctx}
        account={presentAccountLink(changed.account)}
        password={changed.result}
        created={false}
      />
    )),
  );
}
