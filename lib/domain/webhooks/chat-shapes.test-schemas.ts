// Strict schemas of the chat services' documented message shapes, written from their references, to check
// the Slack and Teams bodies against (test-only; zod objects are strict: an unknown key fails).
// - Slack incoming webhooks (docs.slack.dev/messaging/sending-messages-using-incoming-webhooks): a JSON
//   object with `text` and optional `blocks`; Block Kit reference (docs.slack.dev/reference/block-kit):
//   section `text` a text object of ≤ 3,000 characters; context `elements` 1..10 text objects; actions
//   `elements` 1..25; button `text` plain_text ≤ 75, `url` ≤ 3,000, `action_id` ≤ 255; ≤ 50 blocks.
// - Teams Workflows webhooks (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/
//   add-incoming-webhook, "Send Adaptive Cards using an Incoming Webhook"): `{ type: "message",
//   attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content }] }`;
//   the card per the Adaptive Card 1.4 schema (adaptivecards.io/schemas/adaptive-card.json): AdaptiveCard
//   requires `type` and (top level) `version`, TextBlock requires `text`, FactSet requires `facts` of
//   { title, value } strings, Action.OpenUrl requires `url`; enums as the schema lists them.
import { z } from 'zod';

const mrkdwn = z.strictObject({ type: z.literal('mrkdwn'), text: z.string().min(1).max(3000) });
const plain = (max: number) => z.strictObject({ type: z.literal('plain_text'), text: z.string().min(1).max(max) });
const button = z.strictObject({
  type: z.literal('button'),
  text: plain(75),
  url: z.url({ protocol: /^https?$/ }).max(3000),
  action_id: z.string().max(255).optional(),
});
const slackBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('section'), text: z.union([mrkdwn, plain(3000)]) }),
  z.strictObject({
    type: z.literal('context'),
    elements: z
      .array(z.union([mrkdwn, plain(3000)]))
      .min(1)
      .max(10),
  }),
  z.strictObject({ type: z.literal('actions'), elements: z.array(button).min(1).max(25) }),
]);
export const slackIncomingWebhook = z.strictObject({
  text: z.string().min(1).max(40_000),
  blocks: z.array(slackBlock).min(1).max(50),
});

const textBlock = z.strictObject({
  type: z.literal('TextBlock'),
  text: z.string().min(1),
  wrap: z.boolean().optional(),
  weight: z.enum(['Default', 'Lighter', 'Bolder']).optional(),
  size: z.enum(['Default', 'Small', 'Medium', 'Large', 'ExtraLarge']).optional(),
  color: z.enum(['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention']).optional(),
  isSubtle: z.boolean().optional(),
  spacing: z.enum(['None', 'Small', 'Default', 'Medium', 'Large', 'ExtraLarge', 'Padding']).optional(),
});
const factSet = z.strictObject({
  type: z.literal('FactSet'),
  facts: z.array(z.strictObject({ title: z.string(), value: z.string() })),
});
const openUrl = z.strictObject({ type: z.literal('Action.OpenUrl'), url: z.url(), title: z.string().optional() });
const adaptiveCard = z.strictObject({
  $schema: z.string().optional(),
  type: z.literal('AdaptiveCard'),
  version: z.string().regex(/^1\.\d$/),
  body: z.array(z.discriminatedUnion('type', [textBlock, factSet])),
  actions: z.array(openUrl).optional(),
});
export const teamsWorkflowsMessage = z.strictObject({
  type: z.literal('message'),
  attachments: z
    .array(
      z.strictObject({
        contentType: z.literal('application/vnd.microsoft.card.adaptive'),
        contentUrl: z.null().optional(),
        content: adaptiveCard,
      }),
    )
    .length(1),
});
