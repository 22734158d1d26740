// `npm run user -- <command>`: user administration for operators, on the configured database.
//   add <email> --role <admin|analyst|viewer> [--name "..."]   password from PASSWORD, else generated
//   list | disable <email> | enable <email> | reset-password <email>   (reset takes PASSWORD too)
//   unlock <email>   forgets the account's failed sign-ins, which ends a lockout (so do reset and enable)
//   help | --help | -h   the usage, without opening the database
import { parseArgs } from 'node:util';
import { clearSignInFailures, findUserByEmail, insertUser, listUsers, setUserDisabled, setUserPassword } from '@/db/queries/users';
import { fieldErrorsOfIssues, LAST_ADMIN } from '@/lib/action-result';
import { generatePassword, hashPassword, passwordSchema } from '@/lib/auth/password';
import { newUserInput } from '@/lib/users/schema';
import { operatorPassword } from '@/lib/env';
import { ROLES } from '@/lib/vocabulary';
import { prepareDatabase, runMain } from './prepare-db';

const USAGE = `Usage:
  npm run user -- add <email> --role <${ROLES.join('|')}> [--name "Full Name"]
  npm run user -- list
  npm run user -- disable <email>
  npm run user -- enable <email>
  npm run user -- reset-password <email>
  npm run user -- unlock <email>
  npm run user -- help
The password comes from the PASSWORD environment variable; without it one is generated and printed.`;

const COMMANDS = ['add', 'list', 'disable', 'enable', 'reset-password', 'unlock'];

/** A mistake on the command line: printed as one line, with the usage when the command itself was wrong. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

function parseCommandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    // parseArgs throws a TypeError with an ERR_PARSE_ARGS_* code for an unknown option or a missing value.
    if (error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(error.message, true);
    throw error;
  }
}

function passwordFromEnvironment(): { password: string; generated: boolean } {
  const given = operatorPassword();
  if (!given) return { password: generatePassword(), generated: true };
  const check = passwordSchema.safeParse(given);
  if (!check.success) throw new UsageError(`Weak password: ${check.error.issues[0]!.message}.`);
  return { password: given, generated: false };
}

function requireUserByEmail(email: string | undefined) {
  if (!email) throw new UsageError('Name the user by email.');
  const user = findUserByEmail(email);
  if (!user) throw new UsageError(`No user has the email ${email}.`);
  return user;
}

async function main() {
  const { positionals, values } = parseCommandLine();
  const [command, email] = positionals;
  // Help and a wrong command are answered before the database is opened (or created).
  if (values.help || command === 'help') {
    console.log(USAGE);
    return;
  }
  if (!command) throw new UsageError('Name a command.', true);
  if (!COMMANDS.includes(command)) throw new UsageError(`Unknown command "${command}".`, true);
  await prepareDatabase({ seed: false });
  switch (command) {
    case 'add': {
      if (!values.role || !(ROLES as readonly string[]).includes(values.role)) {
        throw new UsageError(`Unknown role "${values.role ?? ''}": use one of ${ROLES.join(', ')}.`);
      }
      const parsed = newUserInput.omit({ password: true }).safeParse({ email, name: values.name ?? email?.split('@')[0] ?? '', role: values.role });
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; '));
      const { password, generated } = passwordFromEnvironment();
      const added = insertUser({ ...parsed.data, passwordHash: await hashPassword(password), actorId: null });
      if (!added.ok) throw new UsageError(Object.values(fieldErrorsOfIssues(added.issues)).flat().join('; ') + '.');
      console.log(`Added ${parsed.data.email} as ${parsed.data.role}.${generated ? ` Password: ${password}` : ''}`);
      return;
    }
    case 'list':
      for (const u of listUsers()) {
        console.log([u.email, u.role, u.disabledAt ? 'disabled' : 'active', u.lastSignInAt ?? 'never signed in', u.name].join('\t'));
      }
      return;
    case 'disable':
    case 'enable': {
      const user = requireUserByEmail(email);
      const changed = setUserDisabled({ id: user.id, disabled: command === 'disable', actorId: null });
      if (!changed.ok) throw new UsageError(changed.code === 'last-admin' ? `${LAST_ADMIN}.` : `No user has the email ${email}.`);
      console.log(command === 'disable' ? `Disabled ${user.email}; every session of theirs has ended.` : `Enabled ${user.email}; they sign in again.`);
      return;
    }
    case 'reset-password': {
      const user = requireUserByEmail(email);
      const { password, generated } = passwordFromEnvironment();
      setUserPassword({ id: user.id, passwordHash: await hashPassword(password), actorId: null, reason: 'reset' });
      console.log(`Reset the password of ${user.email}; every session of theirs has ended.${generated ? ` New password: ${password}` : ''}`);
      return;
    }
    case 'unlock': {
      // Any email, with an account or not: a lockout applies to the email as typed.
      if (!email) throw new UsageError('Name the user by email.');
      const cleared = clearSignInFailures({ email, actorId: null, reason: 'unlock' });
      console.log(`Unlocked ${email.trim().toLowerCase()}: forgot ${cleared} failed sign-in ${cleared === 1 ? 'attempt' : 'attempts'}.`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`, true);
  }
}

runMain(async () => {
  try {
    await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`watchfloor: ${error.message}`);
      if (error.showUsage) console.error(USAGE);
      process.exit(1);
    }
    throw error;
  }
});
