import * as z from 'zod';

/** zod schema of a `domains` HostnameScheme, as profiles embed it (shape of src/domains/HostnameScheme.ts). */
export function hostnameSchemeSchema(
  citation: z.ZodType,
  localized: z.ZodType,
  civilDate: z.ZodType,
): z.ZodType {
  const unitKind = z.enum([
    'ministry',
    'ministry-unit',
    'province',
    'department',
    'agency',
    'district',
    'commune',
  ]);
  const label = z
    .string()
    .min(1)
    .max(63)
    .regex(/^[a-z0-9-]+$/);
  return z.strictObject({
    id: z.string().min(1).max(64),
    name: localized,
    citation,
    validFrom: civilDate.optional(),
    validTo: civilDate.optional(),
    suffix: z
      .string()
      .min(1)
      .max(253)
      .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/),
    rules: z
      .array(
        z.strictObject({
          kind: unitKind,
          pattern: z.string().min(1).max(253),
          level: z.number().int().min(2).max(127),
          levelIsMinimum: z.boolean().optional(),
          under: z.array(unitKind).max(8),
          strategies: z
            .array(z.enum(['full', 'initials', 'auto', 'english', 'literal']))
            .min(1)
            .max(5),
          stripTypeWord: z.boolean().optional(),
          prefixStyles: z
            .array(z.enum(['word', 'short', 'none']))
            .max(3)
            .optional(),
          citation,
          examples: z
            .array(
              z.strictObject({
                name: z.string().min(1).max(200),
                parents: z.array(z.string().min(1).max(200)).max(8).optional(),
                hostname: z.string().min(1).max(253),
              }),
            )
            .max(50)
            .optional(),
          note: localized.optional(),
        }),
      )
      .max(20),
    services: z
      .array(
        z.strictObject({
          id: z.string().min(1).max(64),
          label,
          under: z.array(unitKind).max(8),
          name: localized,
          citation,
        }),
      )
      .max(50),
    exceptions: z
      .array(
        z.strictObject({
          kind: unitKind,
          codes: z.array(z.string().min(1).max(20)).max(100).optional(),
          names: z.array(z.string().min(1).max(100)).max(100).optional(),
          label,
          citation,
        }),
      )
      .max(200),
    reservedLabels: z
      .array(z.strictObject({ label, reason: localized, citation: citation.optional() }))
      .max(500),
  });
}
