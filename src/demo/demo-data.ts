import type { BodyKind, CaseType } from "../db/schema.ts";

/**
 * Static data for the demo municipality "Eksempel kommune" and the large test municipality:
 * names, bodies, case texts. Every person named here is fictional.
 *
 * Placeholders in case texts, filled in by seed-demo.ts:
 * - {Y}, {Y+1}, {Y-1} …: the year (Europe/Oslo) of the meeting where the case is finally decided;
 * - {rep:SV}: a council member of that list (the list's second council seat);
 * - {ordfører}, {varaordfører}: the mayor and deputy mayor;
 * - {fritak1}, {fritak1.sub}, {fritak2}, {fritak2.new}: the members in the two fritak cases.
 */

export const MUNICIPALITY = {
  name: "Eksempel kommune",
  shortName: "Eksempel",
  emailDomain: "eksempel.kommune.no",
} as const;

export interface PartyData {
  name: string;
  shortName: string;
}

/** Eight real Norwegian parties. KrF and V stood together on the joint list below. */
export const PARTIES: readonly PartyData[] = [
  { name: "Arbeiderpartiet", shortName: "Ap" },
  { name: "Høyre", shortName: "H" },
  { name: "Fremskrittspartiet", shortName: "FrP" },
  { name: "Senterpartiet", shortName: "Sp" },
  { name: "Sosialistisk Venstreparti", shortName: "SV" },
  { name: "Rødt", shortName: "R" },
  { name: "Kristelig Folkeparti", shortName: "KrF" },
  { name: "Venstre", shortName: "V" },
];

export const JOINT_LIST = {
  name: "Felleslista for bygdene",
  shortName: "FLB",
  parties: ["KrF", "V"],
} as const;

/** The lists that won council seats, current term (sums to 35) and the term before. */
export const COUNCIL_SEATS: readonly { list: string; seats: number; previousSeats: number }[] = [
  { list: "Ap", seats: 10, previousSeats: 11 },
  { list: "H", seats: 8, previousSeats: 7 },
  { list: "FrP", seats: 5, previousSeats: 4 },
  { list: "Sp", seats: 4, previousSeats: 6 },
  { list: "SV", seats: 3, previousSeats: 3 },
  { list: "R", seats: 3, previousSeats: 2 },
  { list: "FLB", seats: 2, previousSeats: 2 },
];

export const GIVEN_NAMES_FEMALE: readonly string[] = [
  "Kari",
  "Ingrid",
  "Anne",
  "Marit",
  "Liv",
  "Hilde",
  "Silje",
  "Ida",
  "Nora",
  "Ragnhild",
  "Solveig",
  "Tone",
  "Heidi",
  "Randi",
  "Gro",
  "Astrid",
  "Berit",
  "Camilla",
  "Elisabeth",
  "Guro",
  "Hanne",
  "Ingvild",
  "Janne",
  "Kristin",
  "Line",
  "Mona",
  "Nina",
  "Siri",
  "Tuva",
  "Vigdis",
  "Åse",
  "Torunn",
  "Synnøve",
  "Marte",
  "Sunniva",
  "Anne Marit",
  "Maja",
  "Thea",
  "Aisha",
  "Linh",
];

export const GIVEN_NAMES_MALE: readonly string[] = [
  "Ola",
  "Per",
  "Lars",
  "Knut",
  "Jon",
  "Bjørn",
  "Arne",
  "Terje",
  "Geir",
  "Trond",
  "Svein",
  "Morten",
  "Eirik",
  "Håkon",
  "Sindre",
  "Magnus",
  "Jonas",
  "Vegard",
  "Øyvind",
  "Stian",
  "Rune",
  "Odd",
  "Kjell",
  "Anders",
  "Henrik",
  "Kristian",
  "Espen",
  "Frode",
  "Harald",
  "Idar",
  "Leif",
  "Nils",
  "Pål",
  "Rolf",
  "Sverre",
  "Aksel",
  "Jan Erik",
  "Tor Arne",
  "Omar",
  "Tomasz",
];

export const FAMILY_NAMES: readonly string[] = [
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Andersen",
  "Pedersen",
  "Nilsen",
  "Kristiansen",
  "Jensen",
  "Karlsen",
  "Johnsen",
  "Pettersen",
  "Eriksen",
  "Berg",
  "Haugen",
  "Hagen",
  "Andreassen",
  "Jacobsen",
  "Halvorsen",
  "Henriksen",
  "Sørensen",
  "Gundersen",
  "Iversen",
  "Strand",
  "Svendsen",
  "Eide",
  "Knutsen",
  "Martinsen",
  "Paulsen",
  "Bakken",
  "Mathisen",
  "Lie",
  "Amundsen",
  "Rasmussen",
  "Sæther",
  "Rønning",
  "Hauge",
  "Fjeld",
  "Nygård",
  "Bråten",
  "Sandvik",
  "Aasen",
  "Kvam",
  "Løken",
  "Engen",
  "Ruud",
  "Holm",
  "Moe",
  "Vold",
  "Ødegård",
  "Stene",
  "Rustad",
  "Sletten",
  "Tangen",
  "Ali",
  "Nguyen",
  "Kowalski",
  "Grønli",
  "Skaret",
  "Tjønn",
];

/** The administration: one case officer per unit. */
export const CASE_OFFICERS: Readonly<Record<string, string>> = {
  Økonomi: "Marte Lunde",
  "Plan og byggesak": "Jostein Aas",
  Oppvekst: "Sindre Haugland",
  "Helse og omsorg": "Ragnhild Moen",
  "Kultur og fritid": "Eirik Solstad",
  "Politisk sekretariat": "Anne Kristine Dahl",
  "Personal og organisasjon": "Bente Myhre",
  "Teknisk drift": "Gunnar Tveit",
  Kontrollutvalgssekretariatet: "Lise Hovland",
  Kommunedirektøren: "Torill Brekke",
};

export interface MeetingSchedule {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** The n-th such weekday of the month (1–4). */
  nth: number;
  /** Local hour (Europe/Oslo). */
  hour: number;
  /** Months (1–12) with a meeting. */
  months: readonly number[];
  /** A different n-th weekday in some months, e.g. an earlier December meeting. */
  nthByMonth?: Readonly<Record<number, number>>;
}

export interface BodyData {
  slug: string;
  name: string;
  shortName: string;
  kind: BodyKind;
  seatCount: number;
  sortOrder: number;
  description: string;
  /** The building, and the room in it. */
  location: string;
  room: string;
  schedule: MeetingSchedule;
}

const ALL_BUT_JULY = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12];
const COMMITTEE_MONTHS = [2, 3, 4, 5, 6, 9, 10, 11, 12];
const ADVISORY_MONTHS = [2, 3, 4, 5, 9, 10, 11, 12];

export const BODIES: readonly BodyData[] = [
  {
    slug: "kommunestyret",
    name: "Kommunestyret",
    shortName: "KST",
    kind: "council",
    seatCount: 35,
    sortOrder: 10,
    description:
      "Kommunestyret er kommunens øverste organ og treffer vedtak på vegne av kommunen der ikke annet følger av lov eller delegeringsreglementet.",
    location: "Rådhuset",
    room: "Kommunestyresalen",
    schedule: { weekday: 4, nth: 4, hour: 18, months: ALL_BUT_JULY, nthByMonth: { 12: 2 } },
  },
  {
    slug: "formannskapet",
    name: "Formannskapet",
    shortName: "FSK",
    kind: "executive_committee",
    seatCount: 9,
    sortOrder: 20,
    description:
      "Formannskapet innstiller til kommunestyret om økonomiplan, årsbudsjett og skatt, og avgjør saker kommunestyret har delegert til det.",
    location: "Rådhuset",
    room: "Formannskapssalen",
    schedule: { weekday: 3, nth: 2, hour: 18, months: ALL_BUT_JULY, nthByMonth: { 12: 1 } },
  },
  {
    slug: "hovedutvalg-for-oppvekst-og-kultur",
    name: "Hovedutvalg for oppvekst og kultur",
    shortName: "HOK",
    kind: "standing_committee",
    seatCount: 11,
    sortOrder: 30,
    description:
      "Hovedutvalg for oppvekst og kultur har ansvar for barnehage, skole, kultur og fritid, og innstiller til kommunestyret i saker innenfor sitt område.",
    location: "Rådhuset",
    room: "Møterom Fjorden",
    schedule: { weekday: 1, nth: 1, hour: 17, months: COMMITTEE_MONTHS },
  },
  {
    slug: "hovedutvalg-for-helse-og-omsorg",
    name: "Hovedutvalg for helse og omsorg",
    shortName: "HHO",
    kind: "standing_committee",
    seatCount: 9,
    sortOrder: 40,
    description:
      "Hovedutvalg for helse og omsorg har ansvar for helsetjenester, pleie og omsorg, NAV og folkehelse, og innstiller til kommunestyret i saker innenfor sitt område.",
    location: "Rådhuset",
    room: "Møterom Fjorden",
    schedule: { weekday: 4, nth: 1, hour: 17, months: COMMITTEE_MONTHS },
  },
  {
    slug: "planutvalget",
    name: "Planutvalget",
    shortName: "PLU",
    kind: "planning_committee",
    seatCount: 9,
    sortOrder: 50,
    description:
      "Planutvalget er kommunens faste utvalg for plansaker etter plan- og bygningsloven og avgjør byggesaker og dispensasjoner som ikke er delegert.",
    location: "Rådhuset",
    room: "Formannskapssalen",
    schedule: { weekday: 2, nth: 1, hour: 17, months: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] },
  },
  {
    slug: "kontrollutvalget",
    name: "Kontrollutvalget",
    shortName: "KU",
    kind: "control_committee",
    seatCount: 5,
    sortOrder: 60,
    description:
      "Kontrollutvalget fører løpende kontroll med forvaltningen på vegne av kommunestyret og påser at kommunen har en forsvarlig revisjon.",
    location: "Rådhuset",
    room: "Møterom Lia",
    schedule: { weekday: 1, nth: 3, hour: 17, months: [2, 3, 4, 5, 6, 9, 10, 11] },
  },
  {
    slug: "administrasjonsutvalget",
    name: "Administrasjonsutvalget",
    shortName: "ADM",
    kind: "administration_committee",
    seatCount: 7,
    sortOrder: 70,
    description:
      "Administrasjonsutvalget behandler saker om forholdet mellom kommunen som arbeidsgiver og de ansatte, med representanter for arbeidstakerne.",
    location: "Rådhuset",
    room: "Formannskapssalen",
    schedule: { weekday: 2, nth: 2, hour: 17, months: [2, 3, 5, 6, 9, 10, 11, 12] },
  },
  {
    slug: "eldreradet",
    name: "Eldrerådet",
    shortName: "ER",
    kind: "elderly_council",
    seatCount: 7,
    sortOrder: 80,
    description:
      "Eldrerådet er et rådgivende organ som skal sikre at eldre får medvirke i saker som angår dem.",
    location: "Rådhuset",
    room: "Møterom Lia",
    schedule: { weekday: 3, nth: 1, hour: 17, months: ADVISORY_MONTHS },
  },
  {
    slug: "ungdomsradet",
    name: "Ungdomsrådet",
    shortName: "UR",
    kind: "youth_council",
    seatCount: 9,
    sortOrder: 90,
    description:
      "Ungdomsrådet er et rådgivende organ for ungdom og skal uttale seg i saker som angår barn og unge i kommunen.",
    location: "Ungdomshuset, Storgata 14",
    room: "Storsalen",
    schedule: { weekday: 1, nth: 2, hour: 18, months: ADVISORY_MONTHS },
  },
];

/** Where a remote meeting takes place. */
export const REMOTE_LOCATION = "Fjernmøte (Microsoft Teams)";

export interface CaseTemplate {
  key: string;
  title: string;
  type: CaseType;
  unit: string;
  /** Body slugs in order; the last one decides. */
  route: readonly string[];
  /** Days from `now` to look for the first meeting of the route (the first one on or after). */
  offsetDays: number;
  /** Minimum days between the meetings of two route steps (default 1). */
  minGapDays?: number;
  summary: readonly string[];
  recommendation: string;
  /** Changes adopted at a route step (0-based); they are carried to the next bodies. */
  amendments?: readonly { step: number; text: string }[];
  /** The decision when it is not the recommendation (questions, interpellations). */
  decision?: string;
  exempt?: { publicTitle: string };
}

export const EXEMPTION_BASIS = "Offl. § 13 jf. fvl. § 13 første ledd nr. 1";
export const CLOSED_BASIS = "Kl. § 11-5 andre ledd, jf. offl. § 13";

/**
 * Exempt cases. The names and titles here are fictional, appear nowhere else in the demo data,
 * and must never be visible on a public page.
 */
export const EXEMPT_CASES: readonly CaseTemplate[] = [
  {
    key: "personalsak",
    title: "Personalsak – Sigvald Tronstad-Ekre, søknad om sluttavtale etter langvarig sykefravær",
    type: "PS",
    unit: "Personal og organisasjon",
    route: ["administrasjonsutvalget"],
    offsetDays: -80,
    summary: [
      "Virksomhetsleder Sigvald Tronstad-Ekre har vært helt sykmeldt siden februar i fjor etter en utmattelsesdiagnose og har søkt om en sluttavtale med etterlønn i tolv måneder.",
      "Arbeidsgiver har gjennomført fire dialogmøter med bedriftshelsetjenesten. Tronstad-Ekre opplyser at legen ikke anser det som sannsynlig at han kan gå tilbake til en lederstilling, og det foreligger uttalelse fra fastlegen om dette.",
      "Kommunedirektøren mener en sluttavtale er en ryddig løsning for begge parter og innenfor rammene i kommunens retningslinjer for avslutning av arbeidsforhold.",
    ],
    recommendation:
      "Administrasjonsutvalget godkjenner sluttavtale med Sigvald Tronstad-Ekre med etterlønn i tolv måneder fra fratredelsesdato.",
    exempt: { publicTitle: "Personalsak" },
  },
  {
    key: "fritak-meddommer",
    title: "Søknad om fritak fra verv som meddommer – Oddbjørg Flatebø-Rindal",
    type: "PS",
    unit: "Politisk sekretariat",
    route: ["kommunestyret"],
    offsetDays: -60,
    summary: [
      "Oddbjørg Flatebø-Rindal ble valgt som meddommer til tingretten for perioden 2025–2028. Hun søker fritak fordi ektefellen har fått en alvorlig kreftdiagnose og trenger tett oppfølging hjemme.",
      "Søknaden er dokumentert med legeerklæring. Etter domstolloven § 74 kan den som har tungtveiende grunner, få fritak for resten av perioden.",
      "Kommunedirektøren mener vilkårene er oppfylt. Nytt medlem velges fra varalisten ved suppleringsvalg i en senere sak.",
    ],
    recommendation:
      "Kommunestyret innvilger Oddbjørg Flatebø-Rindal fritak fra vervet som meddommer i tingretten for resten av perioden 2025–2028.",
    exempt: { publicTitle: "Søknad om fritak – unntatt offentlighet" },
  },
  {
    key: "klage-omsorgsbolig",
    title: "Klage på vedtak om tildeling av omsorgsbolig – Gudmund Vikhammer-Lysø",
    type: "PS",
    unit: "Helse og omsorg",
    route: ["hovedutvalg-for-helse-og-omsorg"],
    offsetDays: 1,
    summary: [
      "Gudmund Vikhammer-Lysø har klaget på avslag om omsorgsbolig med heldøgns bemanning. Han har en langtkommen Parkinsons sykdom og bor alene i en bolig med trapper.",
      "Tildelingskontoret har vurdert at behovet kan dekkes med økt hjemmesykepleie. Klageren viser til tre fall i boligen det siste halvåret og til uttalelse fra fastlegen.",
      "Kommunedirektøren har vurdert klagen på nytt og finner ikke grunnlag for å endre vedtaket. Dersom hovedutvalget opprettholder vedtaket, sendes klagen til Statsforvalteren for endelig avgjørelse.",
    ],
    recommendation:
      "Hovedutvalg for helse og omsorg opprettholder vedtaket om avslag på omsorgsbolig for Gudmund Vikhammer-Lysø. Klagen sendes Statsforvalteren for endelig avgjørelse.",
    exempt: { publicTitle: "Klagesak – unntatt offentlighet" },
  },
];

/**
 * The letters formannskapet's referatsaker report (sender, title), in turn; the mayor's urgent
 * decisions (hastevedtak) are reported the same way, as internal documents.
 */
export const FORMANNSKAP_LETTERS: readonly {
  from: string;
  title: string;
  internal?: boolean;
}[] = [
  { from: "Statsforvalteren i Innlandet", title: "Tilsynsrapport – kommunens beredskapsplikt" },
  {
    from: "Kommunal- og distriktsdepartementet",
    title: "Kommuneproposisjonen og anslått vekst i frie inntekter",
  },
  { from: "Fjordregionen IKS", title: "Protokoll fra representantskapsmøte" },
  {
    from: "Ordføreren",
    title: "Hastevedtak etter kommuneloven § 11-8 – tilskudd til flomsikring i Nordbygda",
    internal: true,
  },
  { from: "Fjordbyen brann og redning IKS", title: "Årsmelding for brann og redning" },
  {
    from: "Statsforvalteren i Innlandet",
    title: "Tilsagn om skjønnsmidler til fornyingsprosjekter",
  },
  { from: "Regionrådet", title: "Protokoll fra møte i regionrådet" },
];

/**
 * Letters from private persons to formannskapet, exempt from public access: the public agenda
 * shows only their date, journal reference and basis. The exempt-leak test reads their senders
 * and titles from the database as secrets.
 */
export const EXEMPT_LETTERS: readonly { from: string; title: string }[] = [
  {
    from: "Torbjørg Amundrud-Helle",
    title: "Søknad om betalingsutsettelse for kommunale avgifter – Amundrud-Helle",
  },
  {
    from: "Halvdan Strømsli-Berget",
    title: "Klage på vedtak om tildeling av omsorgsbolig – Strømsli-Berget",
  },
];
export const LETTER_EXEMPTION_BASIS = "Offl. § 13, jf. fvl. § 13 (1) nr. 1";

/** Orientations to formannskapet (OS), in turn: what is presented, and by whom. */
export const ORIENTATIONS: readonly { title: string; presenter: string; text: string }[] = [
  {
    title: "Orientering om økonomisk status",
    presenter: "Kommunedirektøren",
    text: "Kommunedirektøren orienterer om driften hittil i år, prognosen for årsresultatet og tiltak for å holde budsjettet.",
  },
  {
    title: "Orientering om arbeidet med ny skolebruksplan",
    presenter: "Kommunalsjef for oppvekst",
    text: "Status for kartleggingen av skolebyggene, elevtallsprognosene og tidsplanen for høringen.",
  },
  {
    title: "Orientering om beredskap og klimatilpasning",
    presenter: "Beredskapskoordinator",
    text: "Erfaringer fra flommen i vår, og hvordan beredskapsplanen følges opp.",
  },
];

/** Strings that must never appear on a public page: the exempt cases' names and real titles. */
export const EXEMPT_SECRETS: string[] = [
  "Sigvald Tronstad-Ekre",
  "Tronstad-Ekre",
  "Oddbjørg Flatebø-Rindal",
  "Flatebø-Rindal",
  "Gudmund Vikhammer-Lysø",
  "Vikhammer-Lysø",
  "langvarig sykefravær",
  "alvorlig kreftdiagnose",
  "Parkinsons sykdom",
  ...EXEMPT_CASES.map((c) => c.title),
];

/** The public cases of the demo; see the file comment for placeholders. */
export const CASE_TEMPLATES: readonly CaseTemplate[] = [
  {
    key: "budsjett-i-fjor",
    title: "Årsbudsjett {Y+1} og økonomiplan {Y+1}–{Y+4}",
    type: "PS",
    unit: "Økonomi",
    route: ["formannskapet", "kommunestyret"],
    offsetDays: -386,
    minGapDays: 20,
    summary: [
      "Kommunedirektøren legger fram forslag til årsbudsjett for {Y+1} og økonomiplan for perioden {Y+1}–{Y+4}. Forslaget bygger på statsbudsjettet, vedtatte handlingsplaner og kommunestyrets føringer fra budsjettseminaret i juni.",
      "Frie inntekter anslås til 1 184 millioner kroner. Økte utgifter til ressurskrevende tjenester og et høyt rentenivå gjør at driften må reduseres med 18 millioner kroner for å oppnå et netto driftsresultat på 1,5 prosent, som er kommunestyrets mål.",
      "Investeringsbudsjettet på 212 millioner kroner omfatter blant annet ny barnehage i Lia, rehabilitering av Eksempel ungdomsskole og utskifting av vannledninger i sentrum.",
      "Formannskapets innstilling legges ut til offentlig ettersyn i minst 14 dager før kommunestyret behandler saken, jf. kommuneloven § 14-3 tredje ledd.",
    ],
    recommendation:
      "Kommunestyret vedtar årsbudsjett for {Y+1} og økonomiplan for {Y+1}–{Y+4} med de driftsrammer, investeringer og låneopptak som går fram av kommunedirektørens forslag.",
    amendments: [
      {
        step: 0,
        text: "Tillegg vedtatt i formannskapet: Det settes av 1,5 millioner kroner til økt lærertetthet på 1.–4. trinn, finansiert ved redusert avsetning til disposisjonsfond.",
      },
      {
        step: 1,
        text: "Tillegg vedtatt i kommunestyret: Kommunedirektøren bes legge fram en sak om gratis leie av idrettshaller for barn og unge innen utgangen av mars.",
      },
    ],
  },
  {
    key: "eiendomsskatt",
    title: "Eiendomsskatt {Y+1} – skattesatser og bunnfradrag",
    type: "PS",
    unit: "Økonomi",
    route: ["formannskapet", "kommunestyret"],
    offsetDays: -386,
    minGapDays: 20,
    summary: [
      "Kommunestyret må hvert år vedta om det skal skrives ut eiendomsskatt, og med hvilke satser og fradrag, jf. eiendomsskatteloven §§ 10 og 11.",
      "Kommunedirektøren foreslår å videreføre en generell sats på 3,2 promille for boliger og fritidsboliger, 7 promille for næringseiendom og verk og bruk, og et bunnfradrag på 300 000 kroner per boenhet.",
      "Forslaget gir anslagsvis 74 millioner kroner i inntekt i {Y+1}, som er lagt til grunn i budsjettforslaget.",
    ],
    recommendation:
      "Kommunestyret vedtar å skrive ut eiendomsskatt for {Y+1} på alle faste eiendommer i kommunen, med alminnelig sats på 3,2 promille for bolig- og fritidseiendom, 7 promille for øvrig eiendom og et bunnfradrag på 300 000 kroner per boenhet.",
  },
  {
    key: "budsjett",
    title: "Årsbudsjett {Y+1} og økonomiplan {Y+1}–{Y+4}",
    type: "PS",
    unit: "Økonomi",
    route: ["formannskapet", "kommunestyret"],
    offsetDays: -20,
    minGapDays: 20,
    summary: [
      "Kommunedirektøren legger fram forslag til årsbudsjett for {Y+1} og økonomiplan for {Y+1}–{Y+4}. Statsbudsjettet gir en realvekst i frie inntekter på 1,1 prosent, men befolkningsutviklingen med flere eldre og færre barn krever omstilling i alle sektorer.",
      "For å nå målet om et netto driftsresultat på 1,5 prosent foreslås innsparinger på 23 millioner kroner, blant annet ved å samle hjemmetjenestene i to soner, redusere administrasjonen med fire årsverk og gjennomgå åpningstidene på biblioteket.",
      "Investeringene er redusert fra 240 til 186 millioner kroner. Ny barnehage i Lia ferdigstilles, mens utbyggingen av Nordbygda skole utsettes til {Y+3} i påvente av skolestruktursaken.",
    ],
    recommendation:
      "Kommunestyret vedtar årsbudsjett for {Y+1} og økonomiplan for {Y+1}–{Y+4} i samsvar med kommunedirektørens forslag, med driftsrammer per tjenesteområde, investeringsbudsjett og låneopptak på 142 millioner kroner.",
    amendments: [
      {
        step: 0,
        text: "Tillegg vedtatt i formannskapet: Åpningstidene på hovedbiblioteket videreføres som i dag. Tiltaket finansieres med 0,6 millioner kroner fra premieavviket.",
      },
    ],
  },
  {
    key: "moteplan",
    title: "Møteplan for politiske organer {Y+1}",
    type: "PS",
    unit: "Politisk sekretariat",
    route: ["formannskapet", "kommunestyret"],
    offsetDays: -20,
    minGapDays: 20,
    summary: [
      "Politisk sekretariat legger fram forslag til møteplan for kommunestyret, formannskapet, hovedutvalgene, planutvalget, kontrollutvalget og rådene for {Y+1}.",
      "Møteplanen følger årshjulet for økonomi og plan: tertialrapporter i juni og oktober, årsregnskap og årsmelding i mai, og budsjett i desember. Hovedutvalgene møtes i uka før formannskapet, slik at innstillingene kan følge sakene videre uten forsinkelse.",
      "Det er ikke lagt opp til møter i juli og i vinterferien.",
    ],
    recommendation:
      "Kommunestyret vedtar møteplan for politiske organer for {Y+1} som fremlagt. Politisk sekretariat gis fullmakt til å gjøre mindre justeringer i samråd med utvalgslederne.",
  },
  {
    key: "regulering-solbakken",
    title: "Detaljregulering for Solbakken boligfelt, gnr. 45 bnr. 12 m.fl. – sluttbehandling",
    type: "PS",
    unit: "Plan og byggesak",
    route: ["planutvalget", "formannskapet", "kommunestyret"],
    // Early enough that all three bodies, each after the one before, have treated it by now.
    offsetDays: -130,
    summary: [
      "Planforslaget legger til rette for 64 boliger i rekkehus og lavblokker på Solbakken, med lekeplass, gang- og sykkelveg til Lia skole og en grønnstruktur langs bekken.",
      "Forslaget har vært på høring og offentlig ettersyn. Statens vegvesen og Statsforvalteren har ikke innsigelse. Naboer har kommentert høyden på lavblokkene, og byggehøyden er derfor redusert fra fire til tre etasjer i planens nordre del.",
      "Kommunedirektøren vurderer at planen er i tråd med kommuneplanens arealdel og at hensynet til trafikksikkerhet, overvann og universell utforming er ivaretatt gjennom rekkefølgebestemmelsene.",
    ],
    recommendation:
      "Kommunestyret vedtar detaljregulering for Solbakken boligfelt, gnr. 45 bnr. 12 m.fl., med plankart og bestemmelser datert 14. august {Y}, jf. plan- og bygningsloven § 12-12.",
    amendments: [
      {
        step: 0,
        text: "Endring vedtatt i planutvalget: Rekkefølgebestemmelsen om gang- og sykkelveg til Lia skole skal være oppfylt før det gis brukstillatelse for første bolig.",
      },
    ],
  },
  {
    key: "arealdel",
    title: "Kommuneplanens arealdel {Y+1}–{Y+12} – sluttbehandling",
    type: "PS",
    unit: "Plan og byggesak",
    route: ["planutvalget", "formannskapet", "kommunestyret"],
    offsetDays: 1,
    summary: [
      "Kommuneplanens arealdel viser hvordan arealene i kommunen skal brukes fram mot {Y+12}. Forslaget legger hovedtyngden av ny boligbygging til sentrum og Lia, og reduserer arealreserven for spredt boligbygging i LNF-områdene.",
      "Planen har vært på to runder med høring. Innsigelsen fra Statsforvalteren om nytt hyttefelt ved Storvatnet er løst ved at feltet er tatt ut. Det er kommet 112 merknader fra innbyggere, som er oppsummert og kommentert i vedlegg 3.",
      "Kommunedirektøren anbefaler at planen vedtas. Den erstatter arealdelen fra 2015 og skal rulleres i neste valgperiode.",
    ],
    recommendation:
      "Kommunestyret vedtar kommuneplanens arealdel for {Y+1}–{Y+12} med plankart, bestemmelser og retningslinjer, jf. plan- og bygningsloven § 11-15.",
  },
  {
    key: "omsorgsboliger",
    title: "Nye omsorgsboliger i Lia – investering og finansiering",
    type: "PS",
    unit: "Helse og omsorg",
    route: ["hovedutvalg-for-helse-og-omsorg", "formannskapet", "kommunestyret"],
    offsetDays: 1,
    summary: [
      "Kommunen har i dag 48 omsorgsboliger med heldøgns tjenester, og ventelisten har økt fra 6 til 19 søkere det siste året. Befolkningsframskrivingen viser at antall innbyggere over 80 år dobles innen 2040.",
      "Kommunedirektøren foreslår å bygge 24 nye omsorgsboliger med fellesarealer og personalbase på kommunens tomt ved Lia helsetun. Kostnaden er anslått til 118 millioner kroner, hvorav 52 millioner kan dekkes av investeringstilskudd fra Husbanken.",
      "Prosjektet krever en økning av låneopptaket i økonomiplanen. Driftskostnadene dekkes delvis ved at dyre kjøp av plasser i andre kommuner kan avvikles.",
    ],
    recommendation:
      "Kommunestyret vedtar å bygge 24 omsorgsboliger ved Lia helsetun innenfor en kostnadsramme på 118 millioner kroner. Prosjektet finansieres med tilskudd fra Husbanken og lån, og innarbeides i økonomiplanen.",
  },
  {
    key: "omraderegulering-sentrum",
    title: "Områderegulering for Sentrum nord – førstegangsbehandling og offentlig ettersyn",
    type: "PS",
    unit: "Plan og byggesak",
    route: ["planutvalget"],
    offsetDays: -240,
    summary: [
      "Områdereguleringen skal legge til rette for en tettere og mer levende bykjerne nord for jernbanen, med boliger, næring og et nytt torg ved Storgata.",
      "Planforslaget åpner for inntil 420 nye boliger og krav om aktive førsteetasjer mot gatene. Parkering skal i hovedsak skje i felles anlegg under bakken.",
      "Kommunedirektøren anbefaler at forslaget legges ut til høring og offentlig ettersyn i seks uker, jf. plan- og bygningsloven § 12-10.",
    ],
    recommendation:
      "Planutvalget vedtar å legge forslag til områderegulering for Sentrum nord ut til høring og offentlig ettersyn i seks uker, jf. plan- og bygningsloven § 12-10.",
  },
  {
    key: "dispensasjon-fritidsbolig",
    title: "Dispensasjon fra kommuneplanens arealdel – fritidsbolig ved Storvatnet, gnr. 78 bnr. 3",
    type: "PS",
    unit: "Plan og byggesak",
    route: ["planutvalget"],
    offsetDays: -30,
    summary: [
      "Tiltakshaver søker om dispensasjon fra LNF-formålet og fra byggeforbudet i 100-metersbeltet langs vassdrag for å oppføre en fritidsbolig på 85 m² ved Storvatnet.",
      "Statsforvalteren fraråder dispensasjon av hensyn til allmennhetens tilgang til strandsonen. Tomta ligger 60 meter fra vannet, og det er ingen andre fritidsboliger i området.",
      "Kommunedirektøren mener hensynene bak LNF-formålet og byggeforbudet blir vesentlig tilsidesatt, og at vilkårene i plan- og bygningsloven § 19-2 ikke er oppfylt.",
    ],
    recommendation:
      "Planutvalget avslår søknad om dispensasjon for oppføring av fritidsbolig på gnr. 78 bnr. 3, jf. plan- og bygningsloven § 19-2.",
  },
  {
    key: "klage-garasje",
    title: "Klage på avslag om dispensasjon – garasje i byggegrense mot veg, gnr. 23 bnr. 118",
    type: "PS",
    unit: "Plan og byggesak",
    route: ["planutvalget"],
    offsetDays: -150,
    summary: [
      "Administrasjonen avslo i april søknad om dispensasjon fra byggegrensen mot kommunal veg for oppføring av dobbel garasje 2,5 meter fra vegkant.",
      "Klager anfører at garasjen ikke hindrer sikt i avkjørselen, og at flere naboer har fått tilsvarende tillatelser. Teknisk drift har uttalt at garasjen vil vanskeliggjøre snørydding.",
      "Kommunedirektøren finner ikke at klagen inneholder nye opplysninger som gir grunnlag for å endre vedtaket.",
    ],
    recommendation:
      "Planutvalget opprettholder vedtaket om avslag. Klagen sendes Statsforvalteren for endelig avgjørelse, jf. forvaltningsloven § 33.",
  },
  {
    key: "bruksendring-storgata",
    title: "Dispensasjon fra reguleringsplan – bruksendring fra forretning til bolig, Storgata 21",
    type: "PS",
    unit: "Plan og byggesak",
    route: ["planutvalget"],
    offsetDays: 1,
    summary: [
      "Eier av Storgata 21 søker om å gjøre om forretningslokalet i første etasje til to leiligheter. Lokalet har stått tomt i tre år.",
      "Reguleringsplanen for sentrum krever forretning eller tjenesteyting i første etasje mot Storgata. Formålet er å sikre en levende gate.",
      "Kommunedirektøren anbefaler dispensasjon på vilkår om at fasaden mot gata beholder store vinduer, slik at lokalet senere kan tilbakeføres til næring.",
    ],
    recommendation:
      "Planutvalget gir dispensasjon fra reguleringsplan for Sentrum for bruksendring av første etasje i Storgata 21 til to boenheter, på vilkår om at fasaden mot Storgata opprettholdes.",
  },
  {
    key: "skolestruktur",
    title: "Skolestruktur – framtidig organisering av barneskolene i Eksempel kommune",
    type: "PS",
    unit: "Oppvekst",
    route: ["hovedutvalg-for-oppvekst-og-kultur", "kommunestyret"],
    offsetDays: -270,
    summary: [
      "Elevtallet i kommunen er ventet å gå ned med 14 prosent de neste ti årene. Tre av kommunens seks barneskoler vil få under 60 elever, og det blir krevende å rekruttere lærere med riktig kompetanse.",
      "Utredningen vurderer tre alternativer: å videreføre dagens struktur, å slå sammen Nordbygda og Lia skoler, eller å samle alle elevene på 5.–7. trinn på Sentrum skole. Foreldreråd, ungdomsrådet og de ansattes organisasjoner har uttalt seg.",
      "Kommunedirektøren anbefaler å slå sammen Nordbygda og Lia skoler fra skoleåret {Y+1}/{Y+2}. Skyssordningen utvides, og ingen elever får lengre skoleveg enn 45 minutter hver veg.",
    ],
    recommendation:
      "Kommunestyret vedtar at Nordbygda skole og Lia skole slås sammen fra skoleåret {Y+1}/{Y+2}, med skolested på Lia. Forskrift om skolekretser endres tilsvarende.",
    amendments: [
      {
        step: 1,
        text: "Tillegg vedtatt i kommunestyret: Nordbygda skolebygg skal vurderes brukt som grendehus og barnehage, og kommunedirektøren legger fram en sak om dette innen ett år.",
      },
    ],
  },
  {
    key: "tilstandsrapport",
    title: "Tilstandsrapport for grunnskolen {Y}",
    type: "PS",
    unit: "Oppvekst",
    route: ["hovedutvalg-for-oppvekst-og-kultur", "kommunestyret"],
    offsetDays: -60,
    summary: [
      "Etter opplæringslova skal kommunen hvert år utarbeide en rapport om tilstanden i grunnskolen, og rapporten skal drøftes av kommunestyret.",
      "Resultatene på nasjonale prøver på 5. trinn ligger på landsgjennomsnittet, mens 8. trinn ligger noe under i regning. Elevundersøkelsen viser at 6,8 prosent av elevene opplever mobbing, en nedgang fra året før.",
      "Kommunedirektøren peker på tidlig innsats i regning og systematisk arbeid med skolemiljø som de viktigste satsingene det kommende året.",
    ],
    recommendation:
      "Kommunestyret tar tilstandsrapporten for grunnskolen {Y} til orientering og ber om at satsingen på tidlig innsats i regning prioriteres.",
  },
  {
    key: "vedtekter-barnehage",
    title: "Revidering av vedtekter for de kommunale barnehagene",
    type: "PS",
    unit: "Oppvekst",
    route: ["hovedutvalg-for-oppvekst-og-kultur", "kommunestyret"],
    offsetDays: -215,
    summary: [
      "Vedtektene for de kommunale barnehagene er fra 2018 og må oppdateres etter endringer i barnehageloven om opptak, foreldrebetaling og moderasjonsordninger.",
      "Forslaget innfører løpende opptak når det er ledig kapasitet, og presiserer at søsken prioriteres ved samme barnehage.",
      "Samarbeidsutvalgene i barnehagene har uttalt seg, og innspillene er i hovedsak tatt til følge.",
    ],
    recommendation:
      "Kommunestyret vedtar reviderte vedtekter for de kommunale barnehagene med virkning fra 1. august {Y}.",
  },
  {
    key: "kulturpris",
    title: "Tildeling av kulturprisen {Y}",
    type: "PS",
    unit: "Kultur og fritid",
    route: ["hovedutvalg-for-oppvekst-og-kultur"],
    offsetDays: -30,
    summary: [
      "Kulturprisen deles ut hvert år til en person eller organisasjon som har gjort en særlig innsats for kulturlivet i kommunen. Det kom inn 11 forslag innen fristen.",
      "Kommunedirektøren foreslår at prisen for {Y} går til Eksempel skolekorps, som i år feirer 100 år og har rekruttert over 60 nye musikanter de siste fem årene.",
    ],
    recommendation:
      "Hovedutvalg for oppvekst og kultur tildeler kulturprisen for {Y} til Eksempel skolekorps.",
  },
  {
    key: "idrettsplan",
    title:
      "Kommunedelplan for idrett og fysisk aktivitet – rullering av handlingsprogram {Y}–{Y+3}",
    type: "PS",
    unit: "Kultur og fritid",
    route: ["hovedutvalg-for-oppvekst-og-kultur", "kommunestyret"],
    offsetDays: 1,
    minGapDays: 10,
    summary: [
      "Handlingsprogrammet i kommunedelplanen for idrett og fysisk aktivitet skal rulleres årlig. Det er grunnlaget for søknader om spillemidler til anlegg.",
      "Prioriteringslisten for ordinære anlegg toppes av ny kunstgressbane på Eksempel stadion, rehabilitering av lysløypa i Lia og en ny flerbrukshall ved ungdomsskolen.",
      "Idrettsrådet har gitt innspill og støtter prioriteringene.",
    ],
    recommendation:
      "Kommunestyret vedtar rullert handlingsprogram for idrett og fysisk aktivitet {Y}–{Y+3} med prioritering av anlegg som fremlagt.",
  },
  {
    key: "barnehageopptak",
    title: "Orientering om hovedopptaket i barnehagene {Y}",
    type: "OS",
    unit: "Oppvekst",
    route: ["hovedutvalg-for-oppvekst-og-kultur"],
    offsetDays: -200,
    summary: [
      "Ved hovedopptaket fikk alle barn med lovfestet rett tilbud om plass. 142 barn fikk plass, og 89 prosent fikk sitt førsteønske.",
      "Det er fortsatt ventelister i sentrum, mens barnehagene i Nordbygda har ledig kapasitet. Ny barnehage i Lia vil bedre situasjonen fra neste år.",
    ],
    recommendation: "Saken tas til orientering.",
  },
  {
    key: "helseplan",
    title: "Helse- og omsorgsplan {Y}–{Y+8} – utlegging til høring",
    type: "PS",
    unit: "Helse og omsorg",
    route: ["hovedutvalg-for-helse-og-omsorg"],
    offsetDays: -300,
    summary: [
      "Helse- og omsorgsplanen beskriver hvordan kommunen skal møte et økende behov for tjenester med færre ansatte per innbygger over 80 år.",
      "Planen har fire satsingsområder: forebygging og mestring, velferdsteknologi, styrket hjemmetjeneste og samarbeid med frivillige.",
      "Kommunedirektøren foreslår at planutkastet sendes på høring til brukerorganisasjoner, eldrerådet, rådet for personer med funksjonsnedsettelse og nabokommuner med frist på åtte uker.",
    ],
    recommendation:
      "Hovedutvalg for helse og omsorg sender forslag til helse- og omsorgsplan {Y}–{Y+8} på høring med frist åtte uker.",
  },
  {
    key: "sykehjemsforskrift",
    title: "Forskrift om tildeling av langtidsopphold i sykehjem – revisjon",
    type: "PS",
    unit: "Helse og omsorg",
    route: ["hovedutvalg-for-helse-og-omsorg", "kommunestyret"],
    offsetDays: -140,
    summary: [
      "Kommunen skal etter pasient- og brukerrettighetsloven ha en forskrift med kriterier for tildeling av langtidsopphold i sykehjem og venteliste.",
      "Forslaget presiserer hvordan behovet for heldøgns omsorg vurderes, og at pårørendes omsorgsbyrde skal tillegges vekt.",
      "Forslaget har vært på høring i fire uker. Eldrerådet støtter endringene.",
    ],
    recommendation:
      "Kommunestyret vedtar forskrift om kriterier og ventelister for tildeling av langtidsopphold i sykehjem i Eksempel kommune.",
  },
  {
    key: "legevakt",
    title: "Orientering om status i det interkommunale legevaktsamarbeidet",
    type: "OS",
    unit: "Helse og omsorg",
    route: ["hovedutvalg-for-helse-og-omsorg"],
    offsetDays: 1,
    summary: [
      "Legevakten er organisert som et vertskommunesamarbeid mellom fem kommuner. Antall henvendelser økte med 9 prosent det siste året.",
      "Kommuneoverlegen orienterer om rekruttering av leger til vaktordningen og om responstid for pasienter i Nordbygda.",
    ],
    recommendation: "Saken tas til orientering.",
  },
  {
    key: "skjenkebevilling",
    title: "Søknad om skjenkebevilling – Fjordstua AS, Strandveien 4",
    type: "PS",
    unit: "Kommunedirektøren",
    route: ["formannskapet"],
    offsetDays: -100,
    summary: [
      "Fjordstua AS søker om alminnelig skjenkebevilling for øl, vin og brennevin for restauranten i Strandveien 4, med uteservering.",
      "Politiet, skatteetaten og NAV har ikke merknader. Styrer og stedfortreder har bestått kunnskapsprøven.",
      "Søknaden er i tråd med kommunens alkoholpolitiske retningslinjer.",
    ],
    recommendation:
      "Formannskapet gir Fjordstua AS alminnelig skjenkebevilling for alkoholholdig drikk gruppe 1, 2 og 3 fram til 30. september 2028, jf. alkoholloven § 1-6.",
  },
  {
    key: "tertial-1",
    title: "Tertialrapport 1 {Y}",
    type: "PS",
    unit: "Økonomi",
    route: ["formannskapet", "kommunestyret"],
    offsetDays: -175,
    summary: [
      "Tertialrapporten viser drift, investeringer og måloppnåelse per 30. april. Prognosen viser et merforbruk på 9,4 millioner kroner, hovedsakelig i helse og omsorg.",
      "Skatteinngangen er noe høyere enn budsjettert. Kommunedirektøren foreslår budsjettjusteringer som gjør at årsbudsjettet er i balanse.",
    ],
    recommendation:
      "Kommunestyret tar tertialrapport 1 {Y} til orientering og vedtar budsjettjusteringer som vist i vedlegg 1.",
  },
  {
    key: "tertial-2",
    title: "Tertialrapport 2 {Y}",
    type: "PS",
    unit: "Økonomi",
    route: ["formannskapet", "kommunestyret"],
    offsetDays: -45,
    summary: [
      "Tertialrapporten viser drift, investeringer og måloppnåelse per 31. august. Merforbruket i helse og omsorg er redusert til 4,1 millioner kroner etter tiltak i hjemmetjenesten.",
      "Rentekostnadene blir 3 millioner kroner lavere enn budsjettert. Flere investeringsprosjekter er forsinket, og ubrukte midler foreslås overført til neste år.",
      "Rapporten viser også status for oppfølging av kommunestyrets vedtak.",
    ],
    recommendation:
      "Kommunestyret tar tertialrapport 2 {Y} til orientering og vedtar budsjettjusteringer som vist i vedlegg 1.",
  },
  {
    key: "tomtesalg",
    title: "Salg av kommunal tomt i Lia næringsområde, gnr. 12 bnr. 34",
    type: "PS",
    unit: "Teknisk drift",
    route: ["formannskapet"],
    offsetDays: -75,
    summary: [
      "Lia Bygg og Anlegg AS ønsker å kjøpe tomt 7 i Lia næringsområde, 6,2 dekar, for å bygge nytt verksted og lager med 25 arbeidsplasser.",
      "Prisen er satt til 420 kroner per kvadratmeter i samsvar med takst. Salget skjer på vilkår om byggestart innen to år.",
    ],
    recommendation:
      "Formannskapet vedtar å selge gnr. 12 bnr. 34 til Lia Bygg og Anlegg AS for 2 604 000 kroner på de vilkår som går fram av saken.",
  },
  {
    key: "kommunal-garanti",
    title: "Kommunal garanti for lån – Eksempel idrettslag, ny kunstgressbane",
    type: "PS",
    unit: "Økonomi",
    route: ["formannskapet", "kommunestyret"],
    offsetDays: 1,
    summary: [
      "Eksempel idrettslag skal bygge ny kunstgressbane og søker om kommunal simpel kausjon for et lån på 4,5 millioner kroner i påvente av spillemidler.",
      "Garantien kan gis for inntil fem år og må godkjennes av Statsforvalteren etter garantiforskriften. Kommunedirektøren vurderer risikoen som lav.",
    ],
    recommendation:
      "Kommunestyret stiller simpel kausjon for lån på inntil 4,5 millioner kroner til Eksempel idrettslag, med varighet i fem år, jf. kommuneloven § 14-19.",
  },
  {
    key: "arsregnskap",
    title: "Årsregnskap og årsberetning {Y-1} for Eksempel kommune",
    type: "PS",
    unit: "Økonomi",
    route: ["kontrollutvalget", "formannskapet", "kommunestyret"],
    offsetDays: -225,
    summary: [
      "Årsregnskapet for {Y-1} viser et netto driftsresultat på 21,4 millioner kroner, 1,6 prosent av driftsinntektene. Regnskapsmessig mindreforbruk avsettes til disposisjonsfond.",
      "Revisor har avgitt beretning uten forbehold. Kontrollutvalget har gitt uttalelse til regnskapet.",
      "Årsberetningen omtaler måloppnåelse, likestilling, etikk og internkontroll, og oppfølgingen av kommunestyrets vedtak.",
    ],
    recommendation:
      "Kommunestyret godkjenner årsregnskapet for {Y-1} og tar årsberetningen til orientering. Mindreforbruket på 8,2 millioner kroner avsettes til disposisjonsfond.",
  },
  {
    key: "ku-arsmelding",
    title: "Kontrollutvalgets årsmelding {Y-1}",
    type: "PS",
    unit: "Kontrollutvalgssekretariatet",
    route: ["kontrollutvalget", "kommunestyret"],
    offsetDays: -290,
    summary: [
      "Kontrollutvalget holdt sju møter og behandlet 46 saker i {Y-1}. Utvalget har fulgt opp to forvaltningsrevisjoner og én eierskapskontroll.",
      "Årsmeldingen gir kommunestyret en oversikt over kontrollarbeidet og utvalgets vurderinger.",
    ],
    recommendation: "Kommunestyret tar kontrollutvalgets årsmelding for {Y-1} til orientering.",
  },
  {
    key: "forvaltningsrevisjon",
    title: "Forvaltningsrevisjonsrapport – Byggesaksbehandling i Eksempel kommune",
    type: "PS",
    unit: "Kontrollutvalgssekretariatet",
    route: ["kontrollutvalget", "kommunestyret"],
    offsetDays: -120,
    minGapDays: 7,
    summary: [
      "Revisjonen har undersøkt om byggesaksbehandlingen skjer innenfor lovens frister og med god likebehandling. 60 saker fra de to siste årene er gjennomgått.",
      "Revisjonen fant at fristen på 12 uker ble overskredet i 18 prosent av sakene, og at begrunnelsen for dispensasjoner var mangelfull i flere saker.",
      "Revisjonen anbefaler bedre fristovervåking, sjekklister for dispensasjoner og opplæring av nye saksbehandlere.",
    ],
    recommendation:
      "Kommunestyret tar rapporten til orientering og ber kommunedirektøren følge opp revisjonens anbefalinger. Kontrollutvalget får tilbakemelding innen seks måneder.",
  },
  {
    key: "eierskapskontroll",
    title: "Eierskapskontroll – Eksempel Energi AS",
    type: "PS",
    unit: "Kontrollutvalgssekretariatet",
    route: ["kontrollutvalget"],
    offsetDays: -30,
    summary: [
      "Eierskapskontrollen har undersøkt om kommunen utøver eierskapet i Eksempel Energi AS i tråd med eierskapsmeldingen og prinsipper for god eierstyring.",
      "Revisjonen fant at eierstrategien for selskapet ikke er oppdatert siden 2017, og at generalforsamlingen ikke har fått skriftlige føringer fra kommunestyret.",
    ],
    recommendation:
      "Kontrollutvalget tar rapporten til orientering og ber om at eierskapsmeldingen revideres i løpet av neste år.",
  },
  {
    key: "ku-budsjett",
    title: "Budsjett for kontroll og tilsyn {Y+1}",
    type: "PS",
    unit: "Kontrollutvalgssekretariatet",
    route: ["kontrollutvalget", "kommunestyret"],
    offsetDays: -80,
    summary: [
      "Kontrollutvalget utarbeider forslag til budsjett for kontroll- og tilsynsarbeidet, som følger formannskapets innstilling til kommunestyret.",
      "Forslaget omfatter utvalgets egne utgifter, kjøp av revisjonstjenester og sekretariatstjenester, til sammen 2,3 millioner kroner.",
    ],
    recommendation:
      "Kommunestyret vedtar en ramme for kontroll og tilsyn på 2,3 millioner kroner for {Y+1}.",
  },
  {
    key: "fritak-1",
    title: "Søknad om fritak fra politiske verv – {fritak1} (H)",
    type: "PS",
    unit: "Politisk sekretariat",
    route: ["kommunestyret"],
    offsetDays: -190,
    summary: [
      "{fritak1} (H) søker fritak fra vervet som medlem av kommunestyret for resten av valgperioden. Søkeren har fått ny stilling med omfattende reisevirksomhet og opplyser at hun ikke lenger kan delta i møtene på en forsvarlig måte.",
      "Etter kommuneloven § 7-9 andre ledd kan kommunestyret frita et medlem som ikke uten uforholdsmessig vanskelighet kan skjøtte sine plikter i vervet.",
      "Kommunedirektøren mener vilkåret er oppfylt. Første varamedlem for Høyre, {fritak1.sub}, rykker opp som fast medlem av kommunestyret.",
    ],
    recommendation:
      "Kommunestyret innvilger {fritak1} fritak fra vervet som medlem av kommunestyret for resten av valgperioden, jf. kommuneloven § 7-9 andre ledd. {fritak1.sub} rykker opp som fast medlem.",
  },
  {
    key: "fritak-2",
    title:
      "Søknad om fritak fra verv i hovedutvalg for oppvekst og kultur – {fritak2} (SV) – suppleringsvalg",
    type: "PS",
    unit: "Politisk sekretariat",
    route: ["kommunestyret"],
    offsetDays: -120,
    summary: [
      "{fritak2} (SV) søker fritak fra vervet som medlem av hovedutvalg for oppvekst og kultur. Søkeren har begynt i en stilling som rektor i kommunen og vil bli inhabil i en stor del av utvalgets saker.",
      "Kommunestyret kan etter kommuneloven § 7-9 andre ledd innvilge fritak. Når et medlem av et utvalg trer ut, velger kommunestyret nytt medlem etter forslag fra den gruppen medlemmet tilhørte, jf. kommuneloven § 7-10 femte ledd.",
      "SV har foreslått {fritak2.new} som nytt medlem.",
    ],
    recommendation:
      "Kommunestyret innvilger {fritak2} fritak fra vervet som medlem av hovedutvalg for oppvekst og kultur. Som nytt medlem velges {fritak2.new} (SV).",
  },
  {
    key: "meddommere",
    title:
      "Suppleringsvalg av meddommere til Eksempel tingrett og lagmannsretten for perioden 2025–2028",
    type: "PS",
    unit: "Politisk sekretariat",
    route: ["kommunestyret"],
    offsetDays: -250,
    summary: [
      "Kommunestyret valgte i 2024 meddommere til tingretten og lagmannsretten for perioden 2025–2028. Etter fritak og flytting er det behov for å velge tre nye meddommere til tingretten og én til lagmannsretten.",
      "Etter domstolloven §§ 70 og 71 skal utvalgene ha en allsidig sammensetning med jevn fordeling av kvinner og menn. De foreslåtte kandidatene er mellom 28 og 66 år og bor i kommunen.",
      "Kandidatene er kontrollert mot politiets register og mot stillinger som utelukker fra vervet etter domstolloven § 72.",
    ],
    recommendation:
      "Kommunestyret velger tre meddommere til tingretten og én meddommer til lagmannsretten for resten av perioden 2025–2028 som foreslått i saken.",
  },
  {
    key: "sporsmal-helsestasjon",
    title: "Spørsmål fra {rep:SV} (SV) om ventetid ved helsestasjonen",
    type: "SP",
    unit: "Politisk sekretariat",
    route: ["kommunestyret"],
    offsetDays: -30,
    summary: [
      "{rep:SV} (SV) har sendt følgende spørsmål til ordføreren: «Foreldre melder om at det tar opptil seks uker å få time ved helsestasjonen for vaksinasjon og kontroller. Hva er ventetiden i dag, og hva vil ordføreren gjøre for å få den ned?»",
      "Spørsmålet er levert innen fristen i reglementet og besvares av ordføreren i møtet.",
    ],
    recommendation: "Spørsmålet besvares av ordføreren i møtet.",
  },
  {
    key: "sporsmal-vedlikehold",
    title: "Spørsmål fra {rep:H} (H) om etterslep på vedlikehold av kommunale bygg",
    type: "SP",
    unit: "Politisk sekretariat",
    route: ["kommunestyret"],
    offsetDays: -100,
    summary: [
      "{rep:H} (H) spør ordføreren: «Hvor stort er vedlikeholdsetterslepet på kommunale bygg, og hvilke bygg har de mest kritiske behovene?»",
      "Spørsmålet er levert innen fristen og besvares av ordføreren i møtet.",
    ],
    recommendation: "Spørsmålet besvares av ordføreren i møtet.",
    decision:
      "Ordfører {ordfører} besvarte spørsmålet. Etterslepet er anslått til 94 millioner kroner, og en tilstandsvurdering av alle bygg legges fram i forbindelse med budsjettet.",
  },
  {
    key: "interpellasjon-brøyting",
    title: "Interpellasjon fra {rep:FrP} (FrP) om vintervedlikehold av kommunale veier",
    type: "FO",
    unit: "Politisk sekretariat",
    route: ["kommunestyret"],
    offsetDays: -300,
    summary: [
      "{rep:FrP} (FrP) har levert en interpellasjon om brøyting og strøing av kommunale veier. Interpellanten viser til flere klager fra innbyggere i Nordbygda etter snøfallet i januar, der veiene ble liggende ubrøytet i over et døgn.",
      "Interpellanten spør om ordføreren vil ta initiativ til å gjennomgå brøytekontraktene og innføre krav om at skoleveier skal brøytes før klokka sju.",
    ],
    recommendation: "Interpellasjonen besvares av ordføreren i møtet.",
    decision:
      "Ordfører {ordfører} besvarte interpellasjonen. Interpellanten fremmet forslag om at brøytekontraktene gjennomgås før neste vintersesong. Forslaget ble vedtatt med 22 mot 13 stemmer.",
  },
  {
    key: "interpellasjon-skolemat",
    title: "Interpellasjon fra {rep:R} (R) om et daglig skolemåltid",
    type: "FO",
    unit: "Politisk sekretariat",
    route: ["kommunestyret"],
    offsetDays: 5,
    summary: [
      "{rep:R} (R) har levert en interpellasjon om å innføre et enkelt daglig skolemåltid for alle elever i grunnskolen.",
      "Interpellanten viser til forsøk i andre kommuner og spør ordføreren om kommunen kan søke om å delta i den nasjonale forsøksordningen fra neste skoleår.",
    ],
    recommendation: "Interpellasjonen besvares av ordføreren i møtet.",
  },
  {
    key: "beredskapsplan",
    title: "Orientering om ny overordnet beredskapsplan",
    type: "OS",
    unit: "Kommunedirektøren",
    route: ["kommunestyret"],
    offsetDays: -60,
    summary: [
      "Kommunedirektøren orienterer om ny overordnet beredskapsplan, som bygger på den helhetlige risiko- og sårbarhetsanalysen vedtatt i fjor.",
      "Planen beskriver kriseledelsen, varsling av innbyggere og evakuering, og erfaringene fra flommen i Nordbygda er tatt inn.",
    ],
    recommendation: "Saken tas til orientering.",
  },
  {
    key: "lonnspolitikk",
    title: "Lønnspolitisk plan {Y}–{Y+3}",
    type: "PS",
    unit: "Personal og organisasjon",
    route: ["administrasjonsutvalget"],
    offsetDays: -250,
    summary: [
      "Lønnspolitisk plan skal bidra til at kommunen rekrutterer og beholder kvalifiserte medarbeidere. Planen er utarbeidet i samarbeid med de tillitsvalgte.",
      "Den nye planen prioriterer grupper med rekrutteringsutfordringer, særlig sykepleiere, barnehagelærere og ingeniører, og innfører lønnstillegg for fullført videreutdanning.",
    ],
    recommendation: "Administrasjonsutvalget vedtar lønnspolitisk plan for {Y}–{Y+3}.",
  },
  {
    key: "arbeidsgiverstrategi",
    title: "Arbeidsgiverstrategi {Y}–{Y+4}",
    type: "PS",
    unit: "Personal og organisasjon",
    route: ["administrasjonsutvalget", "kommunestyret"],
    offsetDays: -195,
    summary: [
      "Arbeidsgiverstrategien beskriver hvordan kommunen skal sikre nok og riktig kompetanse, et godt arbeidsmiljø og et lavt sykefravær.",
      "Strategien har tre mål: heltid som hovedregel, systematisk kompetanseutvikling og et nærvær på minst 92 prosent.",
    ],
    recommendation: "Kommunestyret vedtar arbeidsgiverstrategi for {Y}–{Y+4}.",
  },
  {
    key: "sykefravaer",
    title: "Sykefraværsstatistikk 2. kvartal {Y}",
    type: "OS",
    unit: "Personal og organisasjon",
    route: ["administrasjonsutvalget"],
    offsetDays: -80,
    summary: [
      "Det samlede sykefraværet i 2. kvartal var 8,1 prosent, mot 8,9 prosent i samme periode i fjor. Nedgangen er størst i hjemmetjenesten.",
      "Fraværet er fortsatt høyest i barnehagene. Det gjennomføres et nærværsprosjekt sammen med NAV Arbeidslivssenter.",
    ],
    recommendation: "Saken tas til orientering.",
  },
  {
    key: "eldrerad-budsjett",
    title: "Eldrerådets uttalelse til forslag til årsbudsjett {Y+1}",
    type: "PS",
    unit: "Politisk sekretariat",
    route: ["eldreradet"],
    offsetDays: -30,
    summary: [
      "Eldrerådet skal ha forslaget til årsbudsjett og økonomiplan til uttalelse før formannskapet avgir innstilling.",
      "Kommunedirektørens forslag innebærer å samle hjemmetjenestene i to soner og å øke antall plasser i dagsenteret. Eldrerådet er særlig opptatt av at endringene ikke fører til lengre ventetid for hjemmesykepleie.",
    ],
    recommendation:
      "Eldrerådet støtter økningen i dagsenterplasser og ber om at endringene i hjemmetjenesten evalueres etter ett år.",
  },
  {
    key: "aldersvennlig",
    title: "Aldersvennlig Eksempel – handlingsplan {Y}–{Y+3}",
    type: "PS",
    unit: "Helse og omsorg",
    route: ["eldreradet", "hovedutvalg-for-helse-og-omsorg"],
    offsetDays: -270,
    summary: [
      "Kommunen er med i nettverket for aldersvennlige lokalsamfunn. Handlingsplanen inneholder tiltak for gode møteplasser, universelt utformede uteområder og informasjon tilpasset eldre.",
      "Planen er utarbeidet etter folkemøter i alle bygdelag, der over 200 eldre deltok.",
    ],
    recommendation:
      "Hovedutvalg for helse og omsorg vedtar handlingsplan for aldersvennlig samfunn {Y}–{Y+3}.",
  },
  {
    key: "trygghetsalarmer",
    title: "Orientering om digitale trygghetsalarmer",
    type: "OS",
    unit: "Helse og omsorg",
    route: ["eldreradet"],
    offsetDays: 1,
    summary: [
      "Alle analoge trygghetsalarmer skal være byttet ut med digitale innen utgangen av året. 312 av 340 brukere har fått ny alarm.",
      "Helse og omsorg orienterer om erfaringene og om oppfølgingen av brukere som ikke har mobildekning hjemme.",
    ],
    recommendation: "Saken tas til orientering.",
  },
  {
    key: "ungdomsrad-skole",
    title: "Ungdomsrådets uttalelse om skolestruktur",
    type: "PS",
    unit: "Oppvekst",
    route: ["ungdomsradet"],
    offsetDays: -300,
    summary: [
      "Ungdomsrådet har fått utredningen om framtidig skolestruktur til uttalelse.",
      "Ungdomsrådet har gjennomført en spørreundersøkelse blant elevene på mellomtrinnet. Elevene er mest opptatt av skolevegen, skyss og at de får beholde vennene sine.",
    ],
    recommendation:
      "Ungdomsrådet ber om at elevene involveres i planleggingen av en eventuell sammenslåing, og at skysstiden ikke overstiger 30 minutter.",
  },
  {
    key: "ungdomsmidler",
    title: "Fordeling av ungdomsrådets midler til ungdomstiltak {Y}",
    type: "PS",
    unit: "Kultur og fritid",
    route: ["ungdomsradet"],
    offsetDays: -200,
    summary: [
      "Ungdomsrådet disponerer 150 000 kroner til tiltak for ungdom. Det kom inn 14 søknader på til sammen 410 000 kroner.",
      "Sekretariatet har vurdert søknadene etter retningslinjene og foreslår å støtte ni tiltak, blant annet en sommerfestival og et kurs i musikkproduksjon.",
    ],
    recommendation: "Ungdomsrådet fordeler 150 000 kroner til ungdomstiltak som foreslått i saken.",
  },
  {
    key: "ungdomshus",
    title: "Ungdommens ønsker for et nytt ungdomshus",
    type: "PS",
    unit: "Kultur og fritid",
    route: ["ungdomsradet"],
    offsetDays: 1,
    summary: [
      "Dagens ungdomshus er for lite og har ikke universell utforming. Kommunen skal utrede nye lokaler, og ungdomsrådet er bedt om innspill.",
      "Ungdomsrådet har samlet ønsker fra skolene: øvingsrom for band, et sted å gjøre lekser, et kjøkken og lengre åpningstider i helgene.",
    ],
    recommendation:
      "Ungdomsrådet oversender innspillene til kommunedirektøren og ber om å bli representert i prosjektgruppen for nytt ungdomshus.",
  },
];

/** Letters and reports put before the council and the executive committee for information. */
export const REFERENCE_ITEMS: readonly { title: string; summary: readonly string[] }[] = [
  {
    title: "Statsforvalterens tilsynsrapport – kommunens beredskapsplikt",
    summary: [
      "Statsforvalteren gjennomførte tilsyn med kommunens beredskapsplikt i høst. Det ble gitt ett avvik om manglende øvelse av kriseledelsen.",
      "Kommunedirektøren har laget en plan for å lukke avviket innen fristen.",
    ],
  },
  {
    title: "Protokoll fra representantskapsmøte i Fjordregionen IKS",
    summary: [
      "Representantskapet behandlet årsregnskap, årsmelding og eierstrategi for selskapet.",
      "Kommunens representant var ordføreren.",
    ],
  },
  {
    title: "Brev fra Kommunal- og distriktsdepartementet om statsbudsjettet og kommuneøkonomien",
    summary: [
      "Departementet orienterer om forslaget til statsbudsjett og anslått vekst i kommunenes frie inntekter.",
      "Brevet legges til grunn for kommunedirektørens budsjettforslag.",
    ],
  },
  {
    title: "Årsmelding fra Fjordbyen brann og redning IKS",
    summary: [
      "Brannvesenet rykket ut til 214 hendelser i kommunen i fjor. Det er gjennomført tilsyn i 38 særskilte brannobjekter.",
      "Årsmeldingen er sendt eierkommunene til orientering.",
    ],
  },
  {
    title: "Tilsagn om skjønnsmidler til fornyings- og innovasjonsprosjekter",
    summary: [
      "Statsforvalteren har gitt tilsagn om 850 000 kroner til prosjektet «Digital hjemmeoppfølging».",
      "Prosjektet gjennomføres i samarbeid med to nabokommuner.",
    ],
  },
  {
    title: "Protokoll fra møte i regionrådet",
    summary: [
      "Regionrådet drøftet samferdselsprioriteringer, felles næringsarbeid og høringsuttalelse til nasjonal transportplan.",
      "Protokollen legges fram for kommunestyret til orientering.",
    ],
  },
  {
    title: "Revisjonsbrev – oppfølging av merknader fra regnskapsrevisjonen",
    summary: [
      "Revisor har fulgt opp merknadene fra fjorårets regnskapsrevisjon om avstemming av bankkontoer og merverdiavgift.",
      "Alle merknadene er lukket.",
    ],
  },
  {
    title: "Vedtak fra Statsforvalteren i klagesak om byggetillatelse",
    summary: [
      "Statsforvalteren har stadfestet kommunens vedtak i en klagesak om byggetillatelse for tilbygg.",
      "Vedtaket er endelig.",
    ],
  },
];

/** Words for the large generated municipality. */
export const LARGE_DISTRICTS: readonly string[] = [
  "Elvebakken",
  "Sagene nord",
  "Fjellstad",
  "Bryn øst",
  "Vestli",
  "Lysaker vest",
  "Holmlia sør",
  "Nordstrand øst",
  "Kampen",
  "Grorud nord",
  "Østensjø vest",
  "Ullern øst",
  "Frogner vest",
  "Alna nord",
  "Stovner sør",
];

export const LARGE_CENTRAL_BODIES: readonly {
  slug: string;
  name: string;
  shortName: string;
  kind: BodyKind;
  seatCount: number;
}[] = [
  { slug: "bystyret", name: "Bystyret", shortName: "BY", kind: "council", seatCount: 59 },
  {
    slug: "finansutvalget",
    name: "Finansutvalget",
    shortName: "FIN",
    kind: "executive_committee",
    seatCount: 13,
  },
  {
    slug: "helse-og-sosialutvalget",
    name: "Helse- og sosialutvalget",
    shortName: "HSU",
    kind: "standing_committee",
    seatCount: 11,
  },
  {
    slug: "kultur-og-utdanningsutvalget",
    name: "Kultur- og utdanningsutvalget",
    shortName: "KUU",
    kind: "standing_committee",
    seatCount: 11,
  },
  {
    slug: "byutviklingsutvalget",
    name: "Byutviklingsutvalget",
    shortName: "BYU",
    kind: "planning_committee",
    seatCount: 11,
  },
  {
    slug: "miljo-og-samferdselsutvalget",
    name: "Miljø- og samferdselsutvalget",
    shortName: "MSU",
    kind: "standing_committee",
    seatCount: 11,
  },
  {
    slug: "kontrollutvalget",
    name: "Kontrollutvalget",
    shortName: "KU",
    kind: "control_committee",
    seatCount: 7,
  },
  {
    slug: "arbeidsmiljoutvalget",
    name: "Administrasjonsutvalget",
    shortName: "ADM",
    kind: "administration_committee",
    seatCount: 9,
  },
  {
    slug: "eldreradet",
    name: "Eldrerådet",
    shortName: "ER",
    kind: "elderly_council",
    seatCount: 11,
  },
  {
    slug: "ungdomsradet",
    name: "Ungdomsrådet",
    shortName: "UR",
    kind: "youth_council",
    seatCount: 15,
  },
  {
    slug: "rad-for-personer-med-funksjonsnedsettelse",
    name: "Råd for personer med funksjonsnedsettelse",
    shortName: "RFF",
    kind: "disability_council",
    seatCount: 9,
  },
  {
    slug: "valgstyret",
    name: "Valgstyret",
    shortName: "VS",
    kind: "election_board",
    seatCount: 13,
  },
];

/** Per district: the district council and three committees. */
export const LARGE_DISTRICT_BODIES: readonly {
  slugPrefix: string;
  name: string;
  shortName: string;
  kind: BodyKind;
  seatCount: number;
}[] = [
  {
    slugPrefix: "bydelsutvalg",
    name: "Bydelsutvalget",
    shortName: "BU",
    kind: "other",
    seatCount: 15,
  },
  {
    slugPrefix: "helse-og-sosialkomite",
    name: "Helse- og sosialkomiteen",
    shortName: "HSK",
    kind: "standing_committee",
    seatCount: 7,
  },
  {
    slugPrefix: "oppvekstkomite",
    name: "Oppvekstkomiteen",
    shortName: "OK",
    kind: "standing_committee",
    seatCount: 7,
  },
  {
    slugPrefix: "miljo-og-byutviklingskomite",
    name: "Miljø- og byutviklingskomiteen",
    shortName: "MBK",
    kind: "standing_committee",
    seatCount: 7,
  },
];

export const LARGE_TITLE_SUBJECTS: readonly string[] = [
  "Reguleringsplan for",
  "Høring om",
  "Budsjettjustering for",
  "Tilskudd til",
  "Rehabilitering av",
  "Trafikksikkerhetstiltak ved",
  "Klage på vedtak om",
  "Utredning av",
  "Orientering om",
  "Evaluering av",
  "Leieavtale for",
  "Handlingsplan for",
  "Salg av eiendom ved",
  "Forvaltningsrevisjon av",
  "Navnsetting av gate ved",
];

export const LARGE_TITLE_OBJECTS: readonly string[] = [
  "Torggata skole",
  "Elveparken",
  "nytt sykehjem på Bryn",
  "sykkelvei langs Ringveien",
  "fritidsklubben i Vestli",
  "bydelens helsestasjon",
  "Kampen park",
  "kommunale utleieboliger",
  "vannforsyningen i nord",
  "barnehagene i sentrum",
  "idrettshallen på Fjellstad",
  "biblioteket på Holmlia",
  "hjemmetjenesten",
  "kollektivknutepunkt ved Stasjonsplassen",
  "overvannshåndtering i Lysaker",
  "gatebelysning i Grorud",
  "sommerjobb for ungdom",
  "Frogner bad",
  "aktivitetssenteret for eldre",
  "skolemåltid i grunnskolen",
];
