import type { DocumentKind } from "../../db/schema.ts";
import type { PaperAudience } from "../../documents/meeting-papers.ts";

/** One document a publication makes; the task's name is stored in publication_task.name. */
export interface PublicationTask {
  name: string;
  kind: DocumentKind;
  audience: PaperAudience;
  /** What the progress page and a failure message call it. */
  label: string;
  title: string;
  fileName: string;
}

/** The documents every round makes, in the order the progress page lists them. */
export const PUBLICATION_TASKS: readonly PublicationTask[] = [
  {
    name: "notice",
    kind: "notice",
    audience: "everyone",
    label: "Innkallingen",
    title: "Innkalling",
    fileName: "innkalling",
  },
  {
    name: "agenda:everyone",
    kind: "agenda",
    audience: "everyone",
    label: "Den offentlige sakslisten",
    title: "Saksliste",
    fileName: "saksliste",
  },
  {
    name: "agenda:members",
    kind: "agenda",
    audience: "members",
    label: "Medlemmenes saksliste",
    title: "Saksliste, medlemmenes utgave",
    fileName: "saksliste-medlemmer",
  },
  {
    name: "packet:everyone",
    kind: "packet",
    audience: "everyone",
    label: "Den offentlige møtepakken",
    title: "Sakspapirer",
    fileName: "sakspapirer",
  },
  {
    name: "packet:members",
    kind: "packet",
    audience: "members",
    label: "Medlemmenes møtepakke",
    title: "Sakspapirer, medlemmenes utgave",
    fileName: "sakspapirer-medlemmer",
  },
];

export const publicationTask = (name: string): PublicationTask | undefined =>
  PUBLICATION_TASKS.find((task) => task.name === name);
