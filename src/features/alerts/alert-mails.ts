import { confirmHref, PRIVACY_HREF, unsubscribeHref } from "./alert-links.ts";

/** The words of the alert mails, in bokmål; the links are absolute, from BASE_URL. */

export const CONFIRM_HOURS = 48;

export function confirmationMail(input: {
  baseUrl: string;
  municipalityName: string;
  targetLabel: string;
  token: string;
}) {
  const link = new URL(confirmHref(input.token), input.baseUrl).href;
  return {
    subject: `Bekreft varsel fra ${input.municipalityName}`,
    text: [
      "Hei,",
      "",
      `Noen, forhåpentlig du, har bedt om e-postvarsel fra ${input.municipalityName} om ${input.targetLabel}.`,
      "",
      "Bekreft at du vil ha varslene ved å åpne lenken:",
      link,
      "",
      `Lenken virker i ${CONFIRM_HOURS} timer. Bekrefter du ikke, slettes e-postadressen, og du får ingen flere e-poster fra oss.`,
      "",
      `Om personvern: ${new URL(PRIVACY_HREF, input.baseUrl).href}`,
    ].join("\n"),
  };
}

export interface AlertNews {
  title: string;
  text: string;
  href: string;
}

export function alertMail(input: {
  baseUrl: string;
  municipalityName: string;
  targetLabel: string;
  subscriptionId: number;
  unsubscribeToken: string;
  news: readonly AlertNews[];
}) {
  const unsubscribe = new URL(
    unsubscribeHref(input.subscriptionId, input.unsubscribeToken),
    input.baseUrl,
  ).href;
  const first = input.news[0];
  const subject =
    input.news.length === 1 && first
      ? first.title
      : `${input.news.length} nyheter om ${input.targetLabel}`;
  return {
    subject: subject.length > 300 ? `${subject.slice(0, 297)}...` : subject,
    listUnsubscribe: unsubscribe,
    text: [
      `Nytt fra ${input.municipalityName} om ${input.targetLabel}:`,
      "",
      ...input.news.flatMap((news) => [
        news.title,
        ...(news.text ? [news.text] : []),
        new URL(news.href, input.baseUrl).href,
        "",
      ]),
      "Du får denne e-posten fordi du har bedt om varsel. Meld deg av med ett klikk:",
      unsubscribe,
    ].join("\n"),
  };
}
