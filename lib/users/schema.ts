// Inputs for user administration and password changes.
import { z } from '@/lib/zod';
import { passwordSchema } from '@/lib/auth/password';
import { ROLES } from '@/lib/vocabulary';

const id = z.coerce.number({ error: 'Unknown user' }).int().positive('Unknown user');
const role = z.enum(ROLES, { error: 'Choose admin, analyst or viewer' });

export const newUserInput = z.object({
  email: z.email('Enter a valid email address').trim().toLowerCase().max(320),
  name: z.string().trim().min(1, 'Enter a name').max(120, 'At most 120 characters'),
  role,
  // Empty means "generate one and show it to me once".
  password: z.union([z.literal('').transform(() => undefined), passwordSchema]).optional(),
});

export const changeRoleInput = z.object({ id, role });
export const userIdInput = z.object({ id });
export const sessionIdInput = z.object({
  sessionId: z.coerce.number({ error: 'Unknown session' }).int().positive('Unknown session').max(Number.MAX_SAFE_INTEGER),
});

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(1024),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords differ' });
