// Request bodies of the OpenAPI document by component name, each the zod schema its route validates with.
import { changePointDecisionSchema, historySettingsPatchSchema } from './history';
import { acceptInvitationSchema, invitationInputSchema, projectRoleSchema, userChangeSchema } from './accounts';
import type { z } from 'zod';
import { apiTokenInputSchema, shareInputSchema, signInSchema } from './auth';
import { thresholdsOverrideSchema } from './compare';
import { criteriaSetInputSchema, runCheckBodySchema, signOffInputSchema } from './criteria';
import { checkDuplicatesSchema } from './duplicates';
import { notesBodySchema } from './notes';
import {
  importInputSchema,
  itemInputSchema,
  itemPatchSchema,
  phaseInputSchema,
  phasePatchSchema,
  retestPlanSchema,
} from './roadmap';
import { updateRunSchema, uploadFieldsSchema } from './runs';
import { webhookInputSchema, webhookPatchSchema } from './webhooks';
import { baselineRuleInputSchema } from './baseline-rules';

/** Request bodies by component name; `RunUpload` is sent as multipart/form-data, every other as JSON. */
export const BODIES = {
  RunUpload: uploadFieldsSchema,
  RunPatch: updateRunSchema,
  CheckDuplicates: checkDuplicatesSchema,
  RunCheck: runCheckBodySchema,
  ComparisonNotes: notesBodySchema,
  Thresholds: thresholdsOverrideSchema,
  CriteriaSetInput: criteriaSetInputSchema,
  SignOffInput: signOffInputSchema,
  RetestPlan: retestPlanSchema,
  RoadmapImport: importInputSchema,
  PhaseInput: phaseInputSchema,
  PhasePatch: phasePatchSchema,
  ItemInput: itemInputSchema,
  ItemPatch: itemPatchSchema,
  ShareInput: shareInputSchema,
  SignIn: signInSchema,
  ApiTokenInput: apiTokenInputSchema,
  UserChange: userChangeSchema,
  ProjectRole: projectRoleSchema,
  InvitationInput: invitationInputSchema,
  AcceptInvitation: acceptInvitationSchema,
  WebhookInput: webhookInputSchema,
  WebhookPatch: webhookPatchSchema,
  BaselineRuleInput: baselineRuleInputSchema,
  ChangePointDecision: changePointDecisionSchema,
  HistorySettingsPatch: historySettingsPatchSchema,
} satisfies Record<string, z.ZodType>;
export type BodyName = keyof typeof BODIES;
