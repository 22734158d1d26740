import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Import boundaries (house style: page or action → lib/auth guard → db/queries → SQLite; a component never imports db/; only
// db/queries builds SQL). A later block replaces an earlier block's options for the same rule, so every file falls in exactly one
// block below and each block lists all of its restrictions.
const DB = '^(?:@/|(?:\\.\\./)+)db'; // `@/db…` or a relative path into db/
const ORM = { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only db/ builds SQL: add a function to db/queries/<area>.ts and call it.' };
const DRIVER = { group: ['better-sqlite3'], message: 'The database is opened in db/ (db/index.ts, db/client.ts) only.' };
const DRIVER_TYPES = { ...DRIVER, allowTypeImports: true };
// Type-only imports stay allowed: components render the rows db/queries returns, typed from db/schema.ts rather than copied by hand,
// and a type import is erased at compile time, so no database code reaches the client bundle.
const DB_TYPES = {
  regex: `${DB}(?:/|$)`,
  allowTypeImports: true,
  message: 'Components and lib/ get their data as props or arguments; import types only from db/.',
};
// Pages, actions and route handlers call db/queries; the connection (`@/db`, db/client.ts), the tables (db/schema.ts) and the seed stay behind it.
const DB_BEHIND_QUERIES = {
  regex: `${DB}(?:$|/(?!queries/))`,
  allowTypeImports: true,
  message: 'Call a function of db/queries/<area>.ts; only db/ touches the connection and the tables.',
};
// The guard and sign-in must read users and sessions and write the audit log: the only lib/ files that call db/queries.
const LIB_DB_EXCEPTIONS = [
  'lib/auth/authenticate.ts', // sign-in: the user, the lockout counters and the audit log
  'lib/auth/bootstrap.ts', // the first admin of an empty database
  'lib/auth/guard.ts', // who is calling: the session's user, re-read on every request
  'lib/auth/sessions.ts', // opening a server-side session at sign-in, and finding it by its token
];
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
// `import()` of the same modules, which no-restricted-imports does not see.
const dynamicImport = (regex, message) => ({ 'no-restricted-syntax': ['error', { selector: `ImportExpression > Literal[value=${regex}]`, message }] });
const NO_DYNAMIC_DB = dynamicImport(
  /^(?:@\/|(?:\.\.\/)+)db(?:\/|$)|^drizzle-orm|^better-sqlite3$/,
  'Data comes from db/queries through a page or action, never a dynamic import.',
);
const NO_DYNAMIC_ORM = dynamicImport(/^drizzle-orm|^better-sqlite3$/, 'Only db/ builds SQL and opens the database.');

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['app/**', 'proxy.ts'], rules: { ...restrict(ORM, DRIVER, DB_BEHIND_QUERIES), ...NO_DYNAMIC_ORM } },
  { files: ['components/**'], rules: { ...restrict(ORM, DRIVER, DB_TYPES), ...NO_DYNAMIC_DB } },
  { files: ['lib/**'], ignores: LIB_DB_EXCEPTIONS, rules: { ...restrict(ORM, DRIVER, DB_TYPES), ...NO_DYNAMIC_DB } },
  { files: LIB_DB_EXCEPTIONS, rules: { ...restrict(ORM, DRIVER, DB_BEHIND_QUERIES), ...NO_DYNAMIC_ORM } },
  // Scripts and tests open databases of their own (the benchmark, the synthetic build, test files), so they may use db/ and the
  // driver's types; they still query through db/queries or plain SQL on the driver, never drizzle's builder.
  { files: ['scripts/**', 'tests/**', '*.ts', '*.mts', '*.mjs'], ignores: ['proxy.ts', 'tests/support/audit.ts'], rules: restrict(ORM, DRIVER_TYPES) },
  // Reads the audit rows a test just caused to assert on them; no query in db/queries lists audit entries.
  { files: ['tests/support/audit.ts'], rules: restrict(DRIVER_TYPES) },
]);
