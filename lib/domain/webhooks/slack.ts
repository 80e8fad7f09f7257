// The Slack format: an incoming-webhook message (https://docs.slack.dev/messaging/sending-messages-using-
// incoming-webhooks): `text` (the notification's fallback) and Block Kit `blocks`: a section with the answer,
// the unmet criteria (verdict.nogo) or the regressions (regression.detected), a context line of facts and a
// link button to the run. Limits from the Block Kit reference: section text ≤ 3,000 characters, context ≤ 10
// elements, button text ≤ 75, url ≤ 3,000.
import { runFigures } from './event-data';
import { clip, detailLines, eventFacts, isAbsoluteHttpUrl } from './text';
import type { WebhookEventData } from './types';

export const SLACK_SECTION_MAX = 3000;
export const SLACK_BUTTON_TEXT_MAX = 75;
export const SLACK_URL_MAX = 3000;
/** Shown in notifications; Slack truncates top-level text past 40,000 characters: stay far below. */
export const SLACK_TEXT_MAX = 3000;

/** Slack's mrkdwn treats &, < and > as control characters: they are written as entities. */
export const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Text = { type: 'mrkdwn' | 'plain_text'; text: string };
export type SlackBlock =
  | { type: 'section'; text: Text }
  | { type: 'context'; elements: Text[] }
  | { type: 'actions'; elements: { type: 'button'; text: Text; url: string; action_id: string }[] };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export function slackMessage(data: WebhookEventData): SlackMessage {
  // The headline starts with the answer.
  const mark = data.verdict
    ? ':red_circle:'
    : data.regressions.length > 0
      ? ':chart_with_upwards_trend:'
      : ':bar_chart:';
  const figures = runFigures(data.run);
  const blocks: SlackBlock[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: clip(`${mark} *${slackEscape(data.headline)}*`, SLACK_SECTION_MAX) },
    },
  ];
  const unmet = detailLines(data);
  if (unmet.length > 0) {
    const lines = unmet.map((l) => `• ${slackEscape(l)}`).join('\n');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(lines, SLACK_SECTION_MAX) } });
  }
  const facts = eventFacts(data).map(([title, value]) => `*${title}:* ${slackEscape(value)}`);
  if ((data.verdict || data.regressions.length > 0) && figures) facts.push(slackEscape(figures));
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(facts.join('  ·  '), SLACK_SECTION_MAX) }] });
  const url = data.run.url;
  if (isAbsoluteHttpUrl(url) && url.length <= SLACK_URL_MAX)
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: clip('Open the run in Swarmlens', SLACK_BUTTON_TEXT_MAX) },
          url,
          action_id: 'swarmlens-open-run',
        },
      ],
    });
  return { text: clip(data.headline, SLACK_TEXT_MAX), blocks };
}
