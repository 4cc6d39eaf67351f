// An error the user can fix (a wrong folder, a busy port, a missing build): main.ts prints its message alone,
// without a stack trace, and exits 1.
export class UserError extends Error {}
