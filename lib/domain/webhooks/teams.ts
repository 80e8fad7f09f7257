// The Teams format: a post to a Teams "Workflows" webhook ("Post to a channel when a webhook request is
// received"; Office 365 connectors are retired): `{ type: "message", attachments: [one Adaptive Card] }`,
// as learn.microsoft.com "Create incoming webhooks" / "Send Adaptive Cards using an Incoming Webhook" shows.
// The card (schema 1.4, adaptivecards.io): TextBlocks with the answer and the unmet criteria (or the
// regressions), a FactSet, and an Action.OpenUrl to the run.
import { runFigures } from './event-data';
import { detailLines, eventFacts, isAbsoluteHttpUrl } from './text';
import type { WebhookEventData } from './types';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type CardElement =
  | {
      type: 'TextBlock';
      text: string;
      wrap: true;
      weight?: 'Bolder';
      size?: 'Medium' | 'Large';
      color?: 'Attention' | 'Accent';
      isSubtle?: true;
      spacing?: 'Small' | 'Medium';
    }
  | { type: 'FactSet'; facts: { title: string; value: string }[] };

export interface TeamsMessage {
  type: 'message';
  attachments: {
    contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
    contentUrl: null;
    content: {
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
      type: 'AdaptiveCard';
      version: '1.4';
      body: CardElement[];
      actions: { type: 'Action.OpenUrl'; title: string; url: string }[];
    };
  }[];
}

export function teamsMessage(data: WebhookEventData): TeamsMessage {
  const body: CardElement[] = [
    data.verdict || data.regressions.length > 0
      ? {
          type: 'TextBlock',
          text: data.verdict ? 'NO-GO' : 'Regression',
          wrap: true,
          weight: 'Bolder',
          size: 'Large',
          color: 'Attention',
        }
      : { type: 'TextBlock', text: 'New run', wrap: true, weight: 'Bolder', size: 'Medium', color: 'Accent' },
    { type: 'TextBlock', text: data.headline, wrap: true },
  ];
  const unmet = detailLines(data);
  if (unmet.length > 0)
    body.push({ type: 'TextBlock', text: unmet.map((l) => `- ${l}`).join('\n'), wrap: true, spacing: 'Small' });
  const facts = eventFacts(data).map(([title, value]) => ({ title, value }));
  const figures = runFigures(data.run);
  if (figures) facts.push({ title: 'Figures', value: figures });
  body.push({ type: 'FactSet', facts });
  const url = data.run.url;
  const actions = isAbsoluteHttpUrl(url) ? [{ type: 'Action.OpenUrl' as const, title: 'Open the run', url }] : [];
  return {
    type: 'message',
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions,
        },
      },
    ],
  };
}
