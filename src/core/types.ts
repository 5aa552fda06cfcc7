// Domain types shared by the core and the adapters. No chat SDK, no HTTP here.

export type Lang = 'da' | 'en';
export type DutyRoute = 'afvaergepligt' | 'underretningspligt';
export type Platform = 'slack' | 'teams' | 'terminal';

// ---------- Knowledge ----------

/** A quotable piece of one document, cut at section boundaries. */
export interface Chunk {
  id: string;
  /** Knowledge file name without extension, e.g. "haandbog-frivillig-stoette". */
  doc: string;
  /** Display title from knowledge/manifest.json. */
  title: string;
  /** Section heading the chunk sits under ("" when the document has none). */
  section: string;
  /** 1-based page, for PDFs. */
  page?: number;
  text: string;
}

export interface RankedPassage {
  chunk: Chunk;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

export interface Citation {
  doc: string;
  title: string;
  section: string;
  page?: number;
  /** The quoted passage the answer rests on. */
  text: string;
  /** Where the document can be opened (knowledge/manifest.json); absent when not known. */
  url?: string;
  /** When the document was last updated: "2024", "2024-03" or "2024-03-12"; absent when not known. */
  updated?: string;
}

// ---------- Free chat ----------

export interface ConversationTurn {
  role: 'user' | 'bot';
  text: string;
}

export interface AskContext {
  /** Earlier turns of the same thread, read from the platform when needed; never stored by us. */
  history?: ConversationTurn[];
}

/** What the core answers to one free-chat message. */
export interface BotReply {
  /** Plain text in the asker's language; citations are rendered separately by each adapter. */
  text: string;
  lang: Lang;
  citations: Citation[];
  abstained: boolean;
  /** Set when safety screening routed the message under a duty. */
  route: DutyRoute | null;
  /** Someone may be in danger right now: adapters show 112 before anything else. */
  acuteDanger: boolean;
  /** The message held personal data; it was stripped and is never echoed. */
  piiWarning: boolean;
  /** Adapters show a button that opens the /bekymring form. */
  offerBekymring: boolean;
  /** A model wrote the text (not quoted from the documents): adapters label it as AI-generated. */
  generated?: boolean;
  /** The answer ends with a command hint ("Skriv /afbud."); adapters may add a button that opens that form. */
  workflowHint?: 'afbud' | 'orlov';
  /** Ranked passages behind the answer, for the eval command; adapters do not show them. */
  retrieved: RankedPassage[];
}

// ---------- People and routing ----------

export interface ChatIds {
  /** Slack user id (U…). */
  slack?: string;
  /** Teams user id (29:…) or AAD object id, as the Teams adapter resolves it. */
  teams?: string;
}

export interface Contact {
  id: string;
  name: string;
  role: string;
  email?: string;
  /** Always present: the number a volunteer is given when chat delivery fails. */
  phone: string;
  chat: ChatIds;
}

export interface Region {
  id: string;
  name: string;
  consultant: Contact;
  /** Other ways volunteers write the region ("syd", "Southern Denmark"), for typed answers. */
  aliases?: string[];
}

export interface HospitalGroup {
  id: string;
  name: string;
  regionId: string;
  /** Absent: afbud goes to the region's consultant. */
  tovholder?: Contact;
  /** Other ways volunteers write the group (hospital or ward names), for typed answers. */
  aliases?: string[];
}

export interface Directory {
  regions: Region[];
  groups: HospitalGroup[];
  /** The project leader: alerted when an urgent case is not acknowledged in time. */
  fallback: Contact;
}

export interface VolunteerRef {
  platform: Platform;
  /** The platform's own user id; held in memory only while a case is open. */
  userId: string;
  lang: Lang;
}
