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
  /** Sammendrag: paragraphs in the case-presentation markup. */
  summary: readonly string[];
  /** Saksopplysninger: background, legal basis, economy; paragraphs in the markup. */
  facts: readonly string[];
  /** Vurdering: the chief executive's assessment; paragraphs in the markup. */
  assessment: readonly string[];
  /** Kommunedirektørens innstilling; several points are a numbered list ("1. …\n2. …"). */
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
    facts: [
      "Sigvald Tronstad-Ekre har vært ansatt i kommunen siden 2009 og har vært leder for driftsavdelingen i teknisk drift siden 2014. Han har vært helt sykmeldt siden februar i fjor. Retten til sykepenger er brukt opp, og han mottar nå arbeidsavklaringspenger.",
      "Arbeidsgiver har fulgt opp sykefraværet etter arbeidsmiljøloven og oppfølgingsplanen, med fire dialogmøter og tilbud om tilrettelagt arbeid i redusert stilling. Tronstad-Ekre har ikke hatt mulighet til å prøve seg i arbeid. Oppsigelsesvernet ved sykdom etter arbeidsmiljøloven § 15-8 gjelder i tolv måneder og er utløpt.",
      "Tronstad-Ekre har søkt om sluttavtale med etterlønn i tolv måneder. Kommunens retningslinjer åpner for etterlønn i inntil tolv måneder når arbeidsforholdet avsluttes etter avtale og alternativet er en oppsigelsessak. Han har vært bistått av sin fagforening.",
    ],
    assessment: [
      "Kommunedirektøren mener en sluttavtale er å foretrekke framfor en oppsigelsessak. Avtalen gir Tronstad-Ekre en forutsigbar overgang, og kommunen kan lyse ut lederstillingen fast etter to år med konstituering.",
      "Kostnaden til etterlønn dekkes innenfor budsjettet til teknisk drift. Saken er unntatt offentlighet fordi den gjelder personlige forhold og helseopplysninger.",
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
    facts: [
      "Oddbjørg Flatebø-Rindal har vært meddommer i tingretten siden 2021 og ble gjenvalgt for perioden 2025–2028. Ektefellen skal gjennom cellegiftbehandling i hele vinter, og hun er hans nærmeste omsorgsperson. Hun har allerede meldt forfall til to rettssaker.",
      "Søknaden er dokumentert med erklæring fra ektefellens lege. Meddommere kan ikke ha varamedlemmer, og tingretten trekker nye meddommere fra utvalget når noen får forfall.",
    ],
    assessment: [
      "Kommunedirektøren mener omsorgen for en alvorlig syk ektefelle er en tungtveiende grunn, og at det ikke er rimelig å kreve at Flatebø-Rindal skal stå i vervet resten av perioden. Utvalget av meddommere er stort nok til at tingretten ikke får problemer med å sette rett i mellomtiden.",
      "Saken er unntatt offentlighet fordi den inneholder helseopplysninger om en tredjeperson.",
    ],
    recommendation:
      "Kommunestyret innvilger Oddbjørg Flatebø-Rindal fritak fra vervet som meddommer i tingretten for resten av perioden 2025–2028.",
    exempt: { publicTitle: "Søknad om fritak fra verv" },
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
    facts: [
      "Gudmund Vikhammer-Lysø er 79 år og bor alene i en tomannsbolig i andre etasje med bratt utvendig trapp. Han mottar i dag hjemmesykepleie tre ganger om dagen, trygghetsalarm og matombringing.",
      "Tildelingskontoret avslo søknaden om omsorgsbolig med heldøgns bemanning i august. Vedtaket bygger på at behovet kan dekkes ved å øke hjemmesykepleien til fire besøk om dagen og tilby korttidsopphold ved behov. Klagen kom innen fristen, og klager er bistått av sin datter.",
      "Klager viser til tre fall i boligen det siste halvåret, og til at han ikke kommer seg ut uten hjelp. Fastlegen mener han trenger tilsyn gjennom hele døgnet.",
      "Etter pasient- og brukerrettighetsloven kapittel 7 skal kommunen vurdere klagen på nytt før den sendes Statsforvalteren. Hovedutvalget behandler klagen som underinstans etter delegeringsreglementet.",
    ],
    assessment: [
      "Kommunedirektøren har forståelse for at klagers situasjon er krevende. Ved ny vurdering er det likevel lagt vekt på at hjemmesykepleien ikke har observert behov for tilsyn om natta, og at et kartleggingsopphold i oktober viste at han mestrer mye selv når han får hjelp til morgenstell og måltider.",
      "Kommunedirektøren tilbyr klager et nytt kartleggingsopphold og en vurdering av tilrettelegging av boligen med hjelp fra ergoterapeut. Dersom behovet endrer seg, kan han søke på nytt.",
      "Saken er unntatt offentlighet fordi den inneholder helseopplysninger.",
    ],
    recommendation:
      "1. Hovedutvalg for helse og omsorg opprettholder vedtaket om avslag på omsorgsbolig for Gudmund Vikhammer-Lysø.\n2. Klagen sendes Statsforvalteren for endelig avgjørelse.",
    exempt: { publicTitle: "Klagesak" },
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
  "utmattelsesdiagnose",
  "leder for driftsavdelingen",
  "cellegiftbehandling",
  "bratt utvendig trapp",
  "tre fall i boligen",
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
    facts: [
      "Kommunestyret vedtok i juni økonomiske måltall for perioden: netto driftsresultat på minst 1,5 prosent av driftsinntektene, disposisjonsfond på minst 8 prosent og netto lånegjeld under 110 prosent av driftsinntektene. Måltallene er vedtatt etter kommuneloven § 14-2 og ligger til grunn for forslaget.",
      "Regjeringens forslag til statsbudsjett gir kommunen en nominell vekst i frie inntekter på 4,3 prosent. Samtidig øker utgiftene til ressurskrevende tjenester med om lag 11 millioner kroner, og rentekostnadene på kommunens lånegjeld er beregnet med en gjennomsnittlig rente på 4,1 prosent.",
      "**Tabell 1: Hovedtall i driftsbudsjettet (mill. kr)**",
      "| Post | Budsjett {Y} | Forslag {Y+1} |\n|---|---|---|\n| Frie inntekter | 1 135 | 1 184 |\n| Eiendomsskatt | 71 | 74 |\n| Netto renter og avdrag | −86 | −95 |\n| Netto driftsresultat | 17 | 21 |",
      "Kommunedirektøren har gjennomført budsjettdialog med alle virksomhetslederne og med hovedtillitsvalgte. Innsparingene på 18 millioner kroner er fordelt på tjenesteområdene etter størrelse, men helse og omsorg er skjermet med halv andel.",
    ],
    assessment: [
      "Kommunedirektøren mener forslaget gir et forsvarlig budsjett, men med små marginer. Et netto driftsresultat på 1,5 prosent er nødvendig for å bygge opp disposisjonsfondet og finansiere en del av investeringene med egenkapital, slik at lånegjelden ikke vokser raskere enn inntektene.",
      "Reduksjonene i driften vil merkes for innbyggerne, blant annet gjennom færre timer med åpent bibliotek og lengre saksbehandlingstid i enkelte tjenester. Kommunedirektøren har lagt vekt på å unngå tiltak som rammer barn og unge og de mest sårbare brukerne av helse- og omsorgstjenestene.",
      "Investeringsnivået er høyt, og flere av prosjektene er nødvendige for å oppfylle lovkrav, blant annet på vann og avløp. Kommunedirektøren anbefaler derfor at investeringene i økonomiplanperioden ikke økes ut over forslaget.",
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
      "Kommunedirektøren foreslår å videreføre en generell sats på 3,2 promille for boliger og fritidsboliger, 7 promille for næringseiendom og kraftanlegg, og et bunnfradrag på 300 000 kroner per boenhet.",
      "Forslaget gir anslagsvis 74 millioner kroner i inntekt i {Y+1}, som er lagt til grunn i budsjettforslaget.",
    ],
    facts: [
      "Eiendomsskatt er i dag skrevet ut på alle faste eiendommer i kommunen. Boliger og fritidsboliger skattlegges etter formuesgrunnlaget fra Skatteetaten. Næringseiendom har kommunal takst fra den alminnelige takseringen i {Y-3}, mens grunnlaget for kraftanlegg og nett fastsettes av Skatteetaten.",
      "Loven setter en øvre grense på 4 promille for bolig- og fritidseiendom og 7 promille for annen eiendom, og satsen kan ikke økes med mer enn 1 promille fra ett år til det neste. Vedtaket skal treffes for ett år om gangen i forbindelse med budsjettet.",
      "**Tabell 1: Anslått inntekt {Y+1} (mill. kr)**",
      "| Eiendomstype | Antall | Sats | Inntekt |\n|---|---|---|---|\n| Bolig | 7 940 | 3,2 ‰ | 41,6 |\n| Fritidsbolig | 1 210 | 3,2 ‰ | 5,3 |\n| Næringseiendom | 640 | 7 ‰ | 18,9 |\n| Kraftanlegg og nett | 12 | 7 ‰ | 8,2 |\n| Sum | | | 74,0 |",
    ],
    assessment: [
      "Eiendomsskatten utgjør om lag 5 prosent av kommunens driftsinntekter og er nødvendig for å opprettholde tjenestenivået. Uten eiendomsskatt måtte driften reduseres tilsvarende, noe som ville gitt store kutt i skole og omsorg.",
      "Bunnfradraget på 300 000 kroner per boenhet gjør at en vanlig enebolig betaler om lag 5 400 kroner i året. Kommunedirektøren anbefaler ikke å øke satsen, fordi mange husholdninger har fått høyere bo- og rentekostnader.",
      "Satsen for næringseiendom er allerede på lovens maksimum. Innbyggere som mener skattegrunnlaget er feil, kan klage innen seks uker etter at skattelisten er lagt ut.",
    ],
    recommendation:
      "1. Kommunestyret vedtar å skrive ut eiendomsskatt for {Y+1} på alle faste eiendommer i kommunen, jf. eiendomsskatteloven §§ 2 og 3.\n2. Alminnelig sats er 7 promille. For bolig- og fritidseiendom er satsen 3,2 promille.\n3. Bunnfradraget er 300 000 kroner for hver selvstendig boenhet.\n4. Eiendomsskatten betales i fire terminer.",
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
    facts: [
      "## Rammebetingelser",
      "Kommunestyret har vedtatt finansielle måltall for økonomiplanperioden etter kommuneloven § 14-2: netto driftsresultat på minst 1,5 prosent av driftsinntektene, disposisjonsfond på minst 8 prosent og netto lånegjeld under 110 prosent. Ved inngangen til {Y+1} er disposisjonsfondet på 7,2 prosent og netto lånegjeld på 114 prosent, slik at to av tre måltall ikke er nådd.",
      "Regjeringens forslag til statsbudsjett gir en nominell vekst i frie inntekter på 4,6 prosent. Befolkningsframskrivingen viser at antall innbyggere over 80 år øker med 6 prosent i løpet av perioden, mens antall barn i barnehage- og grunnskolealder går ned. Kommunedirektøren har derfor flyttet midler fra oppvekst til helse og omsorg, i tråd med de demografiske endringene.",
      "Budsjettprosessen har fulgt årshjulet: budsjettseminar med kommunestyret i juni, dialogmøter med virksomhetene i august og september, og drøftinger med de hovedtillitsvalgte. Eldrerådet og ungdomsrådet har fått forslaget til uttalelse før formannskapets behandling.",
      "## Driftsbudsjettet",
      "Tabellen viser kommunedirektørens forslag til netto driftsrammer. Budsjett {Y} er prisjustert til {Y+1}-kroner, slik at endringen viser reell endring.",
      "**Tabell 1: Netto driftsrammer per tjenesteområde (mill. kr)**",
      "| Tjenesteområde | Budsjett {Y} | Forslag {Y+1} | Endring |\n|---|---|---|---|\n| Politisk styring og administrasjon | 98,4 | 94,1 | −4,3 |\n| Oppvekst | 412,6 | 409,8 | −2,8 |\n| Helse og omsorg | 486,2 | 497,5 | 11,3 |\n| Kultur og fritid | 38,9 | 37,6 | −1,3 |\n| Teknisk drift | 71,3 | 72,0 | 0,7 |\n| Plan og byggesak | 18,7 | 18,2 | −0,5 |\n| Sum | 1 126,1 | 1 129,2 | 3,1 |",
      "Innsparingene på 23 millioner kroner er fordelt slik:",
      "- samling av hjemmetjenestene i to soner med felles base i Lia: 6,5 millioner kroner;\n- fire færre årsverk i administrasjonen, gjennom naturlig avgang: 3,8 millioner kroner;\n- redusert åpningstid ved hovedbiblioteket på kveldstid: 0,6 millioner kroner;\n- lavere kjøp av plasser i andre kommuner når de nye omsorgsboligene tas i bruk: 5,2 millioner kroner;\n- energisparing i kommunale bygg og lavere strømpris: 2,9 millioner kroner;\n- andre tiltak i virksomhetene: 4,0 millioner kroner.",
      "## Investeringer",
      "**Tabell 2: Investeringer {Y+1} (mill. kr)**",
      "| Prosjekt | Beløp |\n|---|---|\n| Ny barnehage i Lia | 58,0 |\n| Rehabilitering av Eksempel ungdomsskole | 41,0 |\n| Vann og avløp i sentrum | 34,5 |\n| Gang- og sykkelveger og trafikksikkerhet | 14,5 |\n| Omsorgsboliger i Lia, forprosjekt | 12,0 |\n| IKT og velferdsteknologi | 9,0 |\n| Egenkapitalinnskudd i KLP | 5,0 |\n| Andre prosjekter | 12,0 |\n| Sum | 186,0 |",
      "Investeringene finansieres med lån på 142 millioner kroner, kompensasjon for merverdiavgift på 28 millioner kroner, tilskudd på 11 millioner kroner og overføring fra drift på 5 millioner kroner. Vann og avløp finansieres over selvkostgebyrene.",
    ],
    assessment: [
      "## Økonomisk bærekraft",
      "Kommunedirektøren mener forslaget er stramt, men realistisk. Uten omstilling ville driften gått med et merforbruk på om lag 20 millioner kroner allerede i {Y+1}, og disposisjonsfondet ville vært brukt opp i løpet av perioden. Med forslaget når kommunen målet for netto driftsresultat hvert år i perioden, og disposisjonsfondet bygges opp til 8 prosent innen {Y+3}.",
      "Netto lånegjeld går likevel opp de to første årene. Kommunedirektøren har derfor tatt ut eller utsatt investeringer for 54 millioner kroner, blant annet utbyggingen av Nordbygda skole og ny flerbrukshall ved ungdomsskolen. Hvert nytt lån på 10 millioner kroner gir om lag 0,7 millioner kroner i årlige renter og avdrag, som må dekkes av driften.",
      "## Konsekvenser for tjenestene og innbyggerne",
      "Samlingen av hjemmetjenestene gir kortere avstand mellom de ansatte og bedre mulighet for faglig samarbeid. Kjøretiden til brukerne i Nordbygda øker noe, og kommunedirektøren vil følge med på at dette ikke går ut over tiden hos brukerne. Endringene er drøftet med de tillitsvalgte, og ingen fast ansatte blir sagt opp.",
      "For barn og unge er tilbudet i barnehage og skole i hovedsak videreført. Reduksjonen i oppvekst skyldes lavere barnetall og gir ikke lavere bemanning per barn. Kulturskolen og fritidsklubbene er skjermet, fordi de har stor betydning for folkehelse og inkludering.",
      "## Klima og miljø",
      "Budsjettet viderefører klimasatsingene i klima- og energiplanen: alle nye kommunale personbiler skal være utslippsfrie, og energisparing i byggene gir både lavere utslipp og lavere kostnader. Den nye barnehagen i Lia bygges med massivtre og solceller på taket. Klimabudsjettet er lagt ved som vedlegg 4.",
      "## Samlet vurdering",
      "Kommunedirektøren anbefaler at kommunestyret vedtar forslaget. Alternativet til omstilling nå er større og mer brå kutt senere i perioden, når de økte utgiftene til eldreomsorg kommer for fullt. Formannskapets innstilling legges ut til alminnelig ettersyn i minst 14 dager før kommunestyret behandler saken.",
    ],
    recommendation:
      "1. Kommunestyret vedtar årsbudsjett for {Y+1} og økonomiplan for {Y+1}–{Y+4} i samsvar med kommunedirektørens forslag, med netto driftsrammer per tjenesteområde som vist i tabell 1.\n2. Investeringsbudsjettet for {Y+1} vedtas med 186 millioner kroner som vist i tabell 2.\n3. Kommunedirektøren gis fullmakt til å ta opp lån på 142 millioner kroner til finansiering av investeringene.\n4. Skatt på inntekt og formue skrives ut etter de høyeste satsene Stortinget vedtar.\n5. Kommunedirektøren gis fullmakt til å fordele driftsrammene på virksomhetene.",
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
    facts: [
      "Kommuneloven gir ikke regler om møteplan, men kommunens reglement for folkevalgte organer sier at kommunestyret vedtar en samlet møteplan for neste år innen utgangen av desember. Møteplanen gjør det lettere for folkevalgte å kombinere vervet med arbeid og familie, og for administrasjonen å planlegge saksframleggene.",
      "Forslaget har 10 møter i kommunestyret, 11 i formannskapet, 9 i hver av hovedutvalgene og planutvalget, 8 i kontrollutvalget og 8 i hvert av rådene. Alle møter starter klokka 17 eller 18, og kommunestyremøtene holdes i kommunestyresalen i rådhuset.",
      "Utkastet er sendt utvalgslederne, rådene og kontrollutvalgssekretariatet. Kontrollutvalget har bedt om at møtet i juni legges etter at årsregnskapet er behandlet i formannskapet, og dette er tatt inn.",
    ],
    assessment: [
      "Kommunedirektøren mener møteplanen gir en god flyt i sakene: saker som skal gjennom flere organer, kan behandles i samme måned uten at fristene for innkalling blir brutt. Rådene får sakene før hovedutvalgene, slik at uttalelsene kan følge saken.",
      "Det kan bli behov for ekstra møter, for eksempel ved høringer med korte frister. Slike møter kalles inn av møtelederen etter reglementet, og fullmakten til sekretariatet gjelder bare mindre justeringer av datoer og tidspunkt.",
    ],
    recommendation:
      "1. Kommunestyret vedtar møteplan for politiske organer for {Y+1} som fremlagt.\n2. Politisk sekretariat gis fullmakt til å gjøre mindre justeringer i samråd med utvalgslederne.",
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
    facts: [
      "Planområdet er om lag 38 dekar og ligger mellom Lia skole og riksvegen. I kommuneplanens arealdel er området avsatt til boligbebyggelse, med krav om detaljregulering før utbygging. Forslagsstiller er Solbakken Utvikling AS, og planarbeidet ble varslet i februar {Y-1}.",
      "Planforslaget ble lagt ut til høring og offentlig ettersyn i seks uker etter vedtak i planutvalget, jf. plan- og bygningsloven § 12-10. Det kom inn 14 uttalelser:",
      "- Statens vegvesen ba om at avkjørselen fra riksvegen flyttes 40 meter østover for å gi bedre sikt. Dette er tatt inn i plankartet.\n- Statsforvalteren minnet om kravet til trygge lekeområder og om hensynet til bekken som leveområde for sjøørret.\n- Naboene i Solbakkvegen mente at lavblokkene på fire etasjer ville gi innsyn og skygge.\n- Lia skoles FAU ba om gang- og sykkelveg til skolen før de første familiene flytter inn.",
      "Planen har en grønnstruktur på 12 meter langs bekken, og overvann skal fordrøyes i åpne løsninger i grøntområdet. Det er krav om at minst 20 prosent av boligene har universell utforming.",
    ],
    assessment: [
      "Kommunedirektøren mener planen gir et godt boligtilbud nær skole og barnehage, og at den følger opp målet i kommuneplanen om å bygge tettere rundt Lia. Boligtypene vil passe både førstegangsetablerere og eldre som ønsker å flytte fra enebolig.",
      "Endringene etter høringen imøtekommer de viktigste innvendingene. Byggehøyden er redusert i nord, slik at skyggevirkningen for naboene er liten det meste av året, og rekkefølgebestemmelsene sikrer trygg skoleveg.",
      "Utbyggingsavtalen med forslagsstiller er forhandlet parallelt og legges fram for kommunestyret i egen sak. Den sikrer at utbygger bekoster gang- og sykkelvegen og lekeplassen.",
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
    facts: [
      "## Bakgrunn",
      "Kommuneplanens arealdel viser sammenhengen mellom framtidig samfunnsutvikling og arealbruk, og er bindende for hvordan arealene kan brukes, jf. plan- og bygningsloven § 11-6. Gjeldende arealdel ble vedtatt i 2015. Kommunestyret vedtok planprogrammet for revisjonen i {Y-2}, med tre hovedmål: redusere nedbyggingen av dyrka mark, samle veksten i sentrum og Lia, og gjøre kommunen bedre rustet mot flom og overvann.",
      "## Planprosessen",
      "Planforslaget ble lagt ut til første gangs offentlig ettersyn i {Y-1}. Etter innsigelse fra Statsforvalteren og endringer i flere byggeområder ble et revidert forslag lagt ut på nytt ettersyn i vår. Det er holdt åpne møter i alle bygdelag, og ungdomsrådet og eldrerådet har uttalt seg.",
      "De viktigste endringene fra gjeldende plan er:",
      "1. Nye boligområder i sentrum og Lia gir plass til om lag 900 boliger i planperioden.\n2. Arealreserven for spredt boligbygging i LNF-områdene er redusert fra 120 til 40 tomter.\n3. Tre tidligere byggeområder på dyrka mark, til sammen 74 dekar, er tilbakeført til landbruk.\n4. Hyttefeltet ved Storvatnet er tatt ut etter innsigelsen fra Statsforvalteren.\n5. Det er lagt inn hensynssoner for flom langs elva og for overvann i sentrum.\n6. Næringsområdet i Lia er utvidet med 60 dekar.",
      "**Tabell 1: Endring i arealformål (dekar)**",
      "| Formål | Gjeldende plan | Nytt forslag | Endring |\n|---|---|---|---|\n| Boligbebyggelse | 1 420 | 1 510 | 90 |\n| Fritidsbebyggelse | 860 | 790 | −70 |\n| Næringsvirksomhet | 310 | 370 | 60 |\n| LNF | 265 400 | 265 310 | −90 |",
      "## Merknader og innsigelser",
      "Det kom inn 112 merknader fra innbyggere, grunneiere og lag og foreninger ved de to høringene. De fleste gjelder ønsker om å få enkelttomter tatt inn som byggeområder, og kommunedirektøren har anbefalt å ta inn få av disse av hensyn til jordvern og samlet utbygging. Merknadene og kommunedirektørens vurdering av hver enkelt er lagt ved som vedlegg 3.",
      "Statsforvalteren fremmet innsigelse til hyttefeltet ved Storvatnet av hensyn til strandsonen, naturmangfoldet og friluftslivet. Etter dialogmøte er det enighet om å ta feltet ut, og innsigelsen er trukket. Det foreligger ingen andre innsigelser, og kommunestyret kan derfor gjøre endelig vedtak.",
    ],
    assessment: [
      "## Samfunnsutvikling og jordvern",
      "Kommunedirektøren mener planforslaget følger opp kommuneplanens samfunnsdel og de nasjonale forventningene til kommunal planlegging. Ved å samle boligbyggingen i sentrum og Lia kan flere gå og sykle til skole, arbeid og butikk, og kommunen får bedre utnyttelse av vann- og avløpsnettet og skolekapasiteten. Tilbakeføringen av 74 dekar dyrka mark er i tråd med det nasjonale jordvernmålet.",
      "Reduksjonen i spredt boligbygging har vært omstridt, særlig i Nordbygda. Kommunedirektøren har forståelse for ønsket om å kunne bygge i egen bygd, og har derfor beholdt 40 tomter fordelt på alle bygdelag. Samtidig er spredt bygging dyrt for kommunen, fordi det gir lengre skoleskyss, mer kjøring for hjemmetjenesten og kostbar infrastruktur.",
      "## Klima og beredskap",
      "Hensynssonene for flom og overvann bygger på erfaringene fra flommen i Nordbygda og på oppdaterte flomsonekart. Ny bebyggelse i sonene må dokumentere sikker byggegrunn og trygg håndtering av overvann. Kommunedirektøren vurderer at planen samlet gir lavere klimagassutslipp enn gjeldende plan, fordi mer av veksten kommer der det er mulig å velge bort bilen.",
      "## Barn og unge",
      "Barn og unges interesser er ivaretatt ved at eksisterende lekeområder og friområder er videreført, og ved at det er stilt krav om trygg skoleveg før nye boligområder kan bygges ut. Ungdomsrådets ønske om en sammenhengende turveg langs elva er tatt inn som retningslinje.",
      "## Anbefaling",
      "Kommunedirektøren anbefaler at planen vedtas. Vedtaket kunngjøres, og det kan ikke påklages, jf. plan- og bygningsloven § 11-15. Arealdelen skal vurderes på nytt i planstrategien i neste valgperiode.",
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
    facts: [
      "Kommunen har i dag 48 omsorgsboliger med heldøgns tjenester, fordelt på Lia helsetun og Sentrum bo- og servicesenter, og 62 plasser i sykehjem. Ventelisten for bolig med heldøgns tjenester var 19 søkere per 1. oktober. Mens de venter, får søkerne omfattende hjemmetjenester, og kommunen har de siste to årene kjøpt mellom fire og seks plasser i andre kommuner.",
      "Kommunedirektøren har utredet tre alternativer: å bygge nye omsorgsboliger ved Lia helsetun, å bygge på Sentrum bo- og servicesenter, eller å leie boliger av en privat utbygger. Tomta ved Lia helsetun er regulert til formålet, og boligene kan knyttes til den eksisterende personalbasen og kjøkkenet.",
      "**Tabell 1: Kostnad og finansiering (mill. kr)**",
      "| Post | Beløp |\n|---|---|\n| Byggekostnad inkludert fellesarealer | 104,0 |\n| Utstyr og velferdsteknologi | 6,0 |\n| Reserve og prisstigning | 8,0 |\n| Sum kostnad | 118,0 |\n| Investeringstilskudd fra Husbanken | −52,0 |\n| Kompensasjon for merverdiavgift | −19,5 |\n| Lån | 46,5 |",
      "Boligene skal leies ut til beboerne, og husleien dekker renter og avdrag på lånet. Driften krever 16 nye årsverk, som delvis finansieres ved at kjøp av plasser i andre kommuner avvikles. Netto økte driftsutgifter er beregnet til 6,4 millioner kroner i året fra {Y+3}.",
    ],
    assessment: [
      "Kommunedirektøren mener behovet er dokumentert, og at det vil øke i årene framover. Å bygge ved Lia helsetun gir den laveste driftskostnaden, fordi natt- og helgebemanningen kan deles med de eksisterende boligene. Leie av boliger fra en privat utbygger gir lavere investering, men høyere kostnader over tid og mindre kontroll med utformingen.",
      "Prosjektet er avhengig av tilsagn om investeringstilskudd fra Husbanken. Tilskuddet forutsetter at boligene gir en netto økning i antall heldøgns plasser, og kommunedirektøren vil søke så snart forprosjektet er ferdig.",
      "Boligene skal bygges etter passivhusstandard med solceller og fjernvarme. Uteområdet skal være universelt utformet og ha sansehage, slik at beboerne kan være ute på egen hånd.",
      "Kommunedirektøren anbefaler at prosjektet vedtas og innarbeides i økonomiplanen, og at valg av entreprenør skjer etter konkurranse etter anskaffelsesregelverket.",
    ],
    recommendation:
      "1. Kommunestyret vedtar å bygge 24 omsorgsboliger med heldøgns tjenester ved Lia helsetun innenfor en kostnadsramme på 118 millioner kroner.\n2. Prosjektet finansieres med investeringstilskudd fra Husbanken, kompensasjon for merverdiavgift og lån, og innarbeides i økonomiplanen.\n3. Netto økte driftsutgifter innarbeides i økonomiplanen fra {Y+3}.",
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
    facts: [
      "Sentrum nord omfatter om lag 85 dekar mellom jernbanen, Storgata og elva. Området har i dag lager, et nedlagt sagbruk, spredt næring og 60 boliger. Kommunestyret vedtok i sentrumsplanen at området skal utvikles til en ny bydel med blandet bebyggelse.",
      "Planforslaget er utarbeidet av kommunen selv. Det gir rom for inntil 420 nye boliger i fire til seks etasjer, næring og tjenesteyting i første etasje mot gatene, et torg ved Storgata og en park langs elva. Det er krav om felles parkeringsanlegg under bakken og om sykkelparkering for beboerne.",
      "Konsekvensutredningen viser at planen gir økt trafikk i Storgata, men at støynivået holder seg under grenseverdiene med de foreslåtte tiltakene. Grunnundersøkelser viser at deler av sagbrukstomta har forurenset grunn som må fjernes før bygging.",
    ],
    assessment: [
      "Kommunedirektøren mener forslaget er godt nok utredet til å legges ut på høring. En tett bydel nær stasjonen gir kort veg til tog og buss, og gjør det mulig å ta imot befolkningsveksten uten å bygge ned landbruksjord.",
      "Høringen bør gi særlig innspill om byggehøyder, om hvordan området knyttes til resten av sentrum, og om behovet for skole- og barnehageplasser. Disse spørsmålene vil bli vurdert på nytt før sluttbehandlingen.",
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
    facts: [
      "Eiendommen gnr. 78 bnr. 3 er en skogeiendom på 410 dekar. Tiltakshaver vil fradele en tomt på 1,2 dekar og oppføre en fritidsbolig med anneks ved Storvatnet. Området er avsatt til landbruks-, natur- og friluftsformål (LNF) i kommuneplanens arealdel, og arealdelen har byggeforbud i 100-metersbeltet langs vassdrag.",
      "Dispensasjon kan bare gis dersom hensynene bak bestemmelsen det dispenseres fra, eller hensynene i lovens formålsbestemmelse, ikke blir vesentlig tilsidesatt, og fordelene ved å gi dispensasjon er klart større enn ulempene etter en samlet vurdering, jf. plan- og bygningsloven § 19-2 andre ledd. Kommunen bør ikke gi dispensasjon når Statsforvalteren har uttalt seg negativt til søknaden.",
      "Søkeren begrunner søknaden med at fritidsboligen skal brukes av familien, og at den gir inntekter som gjør det mulig å drive skogen videre.",
    ],
    assessment: [
      "Strandsonen ved Storvatnet er i dag fri for bebyggelse og mye brukt til fiske, bading og turgåing. En fritidsbolig 60 meter fra vannet vil privatisere en del av strandsonen og kunne danne presedens for flere søknader i samme område.",
      "Søkerens begrunnelse gjelder private fordeler, som sjelden kan veie opp for ulempene for allmennheten. Hensynene bak LNF-formålet og byggeforbudet blir vesentlig tilsidesatt, og vilkårene for dispensasjon er dermed ikke oppfylt. Vedtaket kan påklages.",
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
    facts: [
      "Eiendommen gnr. 23 bnr. 118 ligger i et eldre boligfelt der reguleringsplanen har byggegrense 5 meter fra kommunal veg. Søknaden gjaldt en dobbel garasje på 48 m² med portene vendt mot vegen.",
      "Administrasjonen avslo søknaden i april. Klagen kom innen fristen. Etter forvaltningsloven § 33 skal underinstansen vurdere klagen og kan endre vedtaket dersom den finner klagen begrunnet. Hvis ikke, sendes saken til Statsforvalteren som klageinstans.",
      "Klager viser til at to naboer har garasjer nærmere vegen. Disse ble godkjent før reguleringsplanen ble vedtatt i 1998 og er derfor ikke sammenlignbare.",
    ],
    assessment: [
      "Byggegrensen skal sikre sikt, snørydding og plass til framtidig utvidelse av vegen. Teknisk drift har uttalt at garasjen vil gjøre det vanskelig å legge snøen ved siden av vegen, og at biler som rygger ut av garasjen vil komme rett ut i kjørebanen.",
      "Kommunedirektøren mener det ikke er kommet fram nye opplysninger som gir grunnlag for å endre vedtaket. Garasjen kan plasseres lenger inn på tomta innenfor byggegrensen.",
    ],
    recommendation:
      "1. Planutvalget opprettholder vedtaket om avslag på søknad om dispensasjon fra byggegrensen mot veg for gnr. 23 bnr. 118.\n2. Klagen sendes Statsforvalteren for endelig avgjørelse, jf. forvaltningsloven § 33.",
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
    facts: [
      "Storgata 21 er en bygård fra 1950-tallet med forretning i første etasje og fire leiligheter over. Forretningslokalet er på 160 m² og ble sist brukt som klesbutikk. Eier har annonsert lokalet for utleie i tre år uten å få leietakere.",
      "Reguleringsplanen for sentrum fra 2011 sier at første etasje mot Storgata skal brukes til forretning, servering eller tjenesteyting. Bestemmelsen skal sikre aktive fasader og et levende sentrum. Søknaden må derfor behandles som en dispensasjon etter plan- og bygningsloven § 19-2.",
      "Søknaden har vært sendt på nabovarsel uten merknader. Handelsforeningen har uttalt at den er bekymret for at flere lokaler i Storgata blir gjort om til boliger.",
    ],
    assessment: [
      "Kommunedirektøren mener hensynet bak bestemmelsen ikke blir vesentlig tilsidesatt når lokalet ligger i utkanten av handelsgata og har stått tomt lenge. Et tomt lokal med papp i vinduene bidrar ikke til et levende sentrum, mens nye boliger gir flere mennesker i gata.",
      "Vilkåret om å beholde de store vinduene gjør at lokalet kan bli forretning igjen når etterspørselen tar seg opp. Kommunedirektøren vil følge utviklingen i Storgata og legge fram en sak om bruken av første etasjer i sentrum ved neste revisjon av sentrumsplanen.",
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
    facts: [
      "Kommunestyret ba i {Y-1} om en utredning av framtidig skolestruktur, som grunnlag for investeringene i økonomiplanen. Kommunen har seks barneskoler og én ungdomsskole. Elevtallet i barneskolen er i dag 1 180 og ventes å gå ned til om lag 1 010 i løpet av ti år.",
      "**Tabell 1: Elever ved barneskolene**",
      "| Skole | I dag | Om ti år | Bygningens tilstand |\n|---|---|---|---|\n| Sentrum skole | 402 | 352 | God |\n| Lia skole | 164 | 182 | God |\n| Nordbygda skole | 58 | 41 | Dårlig |\n| Vestbygda skole | 71 | 55 | Middels |\n| Haugen skole | 421 | 328 | God |\n| Fjellstad skole | 64 | 52 | Middels |",
      "Utredningen har vurdert tre alternativer:",
      "1. Dagens struktur videreføres. Nordbygda skole må rehabiliteres for om lag 64 millioner kroner.\n2. Nordbygda og Lia skoler slås sammen, med skolested på Lia. Lia skole har plass til elevene med et mindre tilbygg til 14 millioner kroner.\n3. Alle elever på 5.–7. trinn samles på Sentrum skole. Det krever et nytt skolebygg til om lag 110 millioner kroner.",
      "Alternativ 2 gir en årlig innsparing på om lag 5,8 millioner kroner i lønn og bygningsdrift, mens skyssutgiftene øker med 0,9 millioner kroner.",
      "Saken har vært på høring i seks uker hos foreldrerådene, samarbeidsutvalgene, ungdomsrådet, de ansattes organisasjoner og bygdelagene. Det kom 47 uttalelser, og de fleste fra Nordbygda går imot sammenslåing. En endring av skolestrukturen gjøres ved endring av forskrift om skolekretser, og saksbehandlingen følger reglene om forskrifter i forvaltningsloven kapittel VII.",
    ],
    assessment: [
      "Kommunedirektøren legger vekt på at små skoler har vanskelig for å gi et fullt fagtilbud og tilstrekkelig lærerkompetanse. Nordbygda skole har i dag fådelte klasser på alle trinn, og det har de siste tre årene ikke vært mulig å rekruttere lærere med fordypning i engelsk og matematikk. En sammenslått skole på Lia vil ha om lag 220 elever og kan gi et mer stabilt fagmiljø.",
      "Barnets beste skal være et grunnleggende hensyn i saker som berører barn, jf. Grunnloven § 104 og barnekonvensjonen artikkel 3. For elevene fra Nordbygda betyr sammenslåing lengre skoleveg og at de må venne seg til en ny skole. Samtidig får de flere jevnaldrende og et bredere tilbud. Skyssen vil bli lagt opp slik at ingen elever får lengre reisetid enn 45 minutter hver veg, og overgangen planlegges sammen med foreldrene og elevene.",
      "Mange i Nordbygda frykter at bygda blir mindre attraktiv for barnefamilier uten skole. Skolebygget kan brukes som grendehus og barnehage, og dette bør utredes.",
      "Kommunedirektøren anbefaler alternativ 2. Det gir den beste balansen mellom kvalitet i opplæringen, skoleveg og økonomi, og frigjør midler som kan brukes til tidlig innsats i alle skolene.",
    ],
    recommendation:
      "1. Kommunestyret vedtar at Nordbygda skole og Lia skole slås sammen fra skoleåret {Y+1}/{Y+2}, med skolested på Lia.\n2. Forskrift om skolekretser i Eksempel kommune endres tilsvarende.\n3. Tilbygget ved Lia skole innarbeides i økonomiplanen med 14 millioner kroner.",
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
    facts: [
      "Opplæringslova krever at kommunen hvert år utarbeider en rapport om tilstanden i grunnskolen, med vekt på læringsresultater, læringsmiljø og gjennomføring. Rapporten skal drøftes av kommunestyret.",
      "**Tabell 1: Utvalgte resultater**",
      "| Indikator | Kommunen | Landet |\n|---|---|---|\n| Nasjonale prøver 5. trinn, regning (snitt) | 50 | 50 |\n| Nasjonale prøver 8. trinn, regning (snitt) | 48 | 50 |\n| Elever som opplever mobbing (prosent) | 6,8 | 7,4 |\n| Grunnskolepoeng | 41,2 | 41,8 |",
      "Rapporten bygger på data fra Skoleporten og Elevundersøkelsen, og på skolenes egne vurderinger. Resultatene på mindre skoler kan variere mye fra år til år og må tolkes med forsiktighet.",
    ],
    assessment: [
      "Kommunedirektøren er fornøyd med at færre elever opplever mobbing, og mener det viser at det systematiske arbeidet med skolemiljø gir resultater. Resultatene i regning på ungdomstrinnet er likevel ikke gode nok.",
      "Kommunedirektøren foreslår derfor å prioritere tidlig innsats i regning, med intensivopplæring på 1.–4. trinn og felles kompetanseutvikling for matematikklærerne. Tiltakene dekkes innenfor rammen til oppvekst.",
    ],
    recommendation:
      "1. Kommunestyret tar tilstandsrapporten for grunnskolen {Y} til orientering.\n2. Kommunestyret ber om at satsingen på tidlig innsats i regning prioriteres.",
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
    facts: [
      "Kommunen eier sju av de elleve barnehagene i kommunen. Barnehageloven krever at eier fastsetter vedtekter med opplysninger om blant annet opptak, foreldrebetaling og åpningstider.",
      "De viktigste endringene er:",
      "- løpende opptak gjennom året når det er ledig kapasitet;\n- søsken prioriteres ved samme barnehage;\n- moderasjonsordningene følger forskrift om foreldrebetaling, med lenke til søknadsskjema;\n- planleggingsdagene økes ikke, men skal varsles innen 1. august.",
      "Den nasjonale maksimalprisen fastsettes i statsbudsjettet og gjelder også i de kommunale barnehagene.",
    ],
    assessment: [
      "Kommunedirektøren mener løpende opptak gir familiene større forutsigbarhet og gjør det lettere å flytte til kommunen. Endringen har ingen økonomiske konsekvenser, fordi barnehagene har ledig kapasitet utenfor sentrum.",
      "Vedtektene er enklere og bedre tilpasset de private barnehagenes vedtekter, slik at foreldrene møter de samme reglene uansett barnehage.",
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
    facts: [
      "Etter retningslinjene for kulturprisen kan alle foreslå kandidater. Prisen er et kunstverk og 20 000 kroner, og den deles ut på kulturkvelden i desember.",
      "Eksempel skolekorps ble stiftet i {Y-100} og har i dag 74 musikanter fra 8 til 19 år. Korpset har et samarbeid med kulturskolen og arrangerer hvert år en sommerleir for barn fra hele regionen.",
    ],
    assessment: [
      "Kommunedirektøren mener korpset oppfyller kriteriene i retningslinjene godt. Det er et åpent tilbud for alle barn, uavhengig av foreldrenes økonomi, og bidrar til kulturlivet i hele kommunen.",
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
    facts: [
      "Spillemidler til idrettsanlegg krever at anlegget er med i en vedtatt kommunal plan for idrett og fysisk aktivitet. Handlingsprogrammet rulleres hvert år, slik at søknadene kan sendes innen fristen i januar.",
      "**Tabell 1: Prioriterte ordinære anlegg**",
      "| Prioritet | Anlegg | Kostnad (mill. kr) | Søkt spillemidler (mill. kr) |\n|---|---|---|---|\n| 1 | Kunstgressbane, Eksempel stadion | 9,8 | 2,5 |\n| 2 | Lysløype i Lia, rehabilitering | 3,1 | 1,0 |\n| 3 | Flerbrukshall ved ungdomsskolen | 84,0 | 13,0 |",
      "Nærmiljøanleggene er prioritert i egen liste, med en ballbinge i Nordbygda og en aktivitetspark i sentrum på topp.",
    ],
    assessment: [
      "Kommunedirektøren mener prioriteringene følger kommunedelplanens mål om flere aktive barn og unge og om anlegg som kan brukes av mange. Flerbrukshallen er kommunens eget prosjekt og er ikke finansiert i økonomiplanen, men må stå i planen for at kommunen skal kunne søke når prosjektet er klart.",
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
    facts: [
      "Søknadsfristen til hovedopptaket var 1. mars. Barn som fyller ett år innen utgangen av november, har rett til plass i barnehage i kommunen.",
      "**Tabell 1: Hovedopptaket**",
      "| Område | Søkere | Fikk plass | Ledige plasser |\n|---|---|---|---|\n| Sentrum | 71 | 71 | 0 |\n| Lia | 43 | 43 | 2 |\n| Nordbygda og Vestbygda | 28 | 28 | 19 |",
    ],
    assessment: [
      "Alle med rett til plass har fått tilbud. Ventelisten i sentrum gjelder barn uten rett til plass og ønsker om bytte. Kommunedirektøren vil følge utviklingen før den nye barnehagen i Lia åpner.",
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
    facts: [
      "Helse- og omsorgsplanen er en kommunedelplan etter plan- og bygningsloven kapittel 11. Den bygger på kommuneplanens samfunnsdel, oversikten over folkehelsen og den statlige reformen Leve hele livet.",
      "Fram mot {Y+8} øker antall innbyggere over 80 år med om lag 45 prosent, mens antall innbyggere i yrkesaktiv alder er stabilt. Allerede i dag er det vanskelig å rekruttere sykepleiere og helsefagarbeidere.",
      "Planen har fire satsingsområder:",
      "1. **Forebygging og mestring:** hverdagsrehabilitering og frisklivssentral skal hjelpe flere til å klare seg selv lenger.\n2. **Velferdsteknologi:** digitalt tilsyn, medisindispensere og digital hjemmeoppfølging skal tas i bruk som førstevalg.\n3. **Styrket hjemmetjeneste:** flere skal kunne bo hjemme med trygge tjenester.\n4. **Samarbeid med frivillige og pårørende:** pårørende skal få avlastning og veiledning.",
    ],
    assessment: [
      "Kommunedirektøren mener planen gir en realistisk retning for tjenestene. Kommunen vil ikke ha nok ansatte til å fortsette som i dag, og må derfor bruke mer ressurser på forebygging og teknologi.",
      "En bred høring er viktig fordi planen berører mange innbyggere og pårørende. Etter høringen legges planen fram for kommunestyret til vedtak.",
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
    facts: [
      "Etter pasient- og brukerrettighetsloven § 2-1 e har en pasient rett til langtidsopphold i sykehjem når dette etter en helse- og omsorgsfaglig vurdering er eneste tilbud som kan sikre nødvendige og forsvarlige helse- og omsorgstjenester. Kommunen skal gi forskrift med kriterier for tildeling og for venteliste, jf. helse- og omsorgstjenesteloven § 3-8.",
      "Gjeldende forskrift er fra 2017. Forslaget til revidert forskrift:",
      "- presiserer at alle relevante tjenester i hjemmet skal være vurdert først;\n- sier at pårørendes omsorgsbyrde skal tillegges vekt, også når pårørende ikke bor i kommunen;\n- fastsetter at den som står på venteliste, skal få en ny vurdering minst hver tredje måned.",
      "Forslaget var på høring i fire uker. Eldrerådet og brukerorganisasjonene støtter endringene, og Pensjonistforbundet ba om at fristen for ny vurdering settes til to måneder.",
    ],
    assessment: [
      "Kommunedirektøren mener forslaget gjør tildelingen mer forutsigbar og gir innbyggerne bedre informasjon om hva de kan forvente. En ny vurdering hver tredje måned er et realistisk krav med dagens bemanning ved tildelingskontoret, og vil uansett skje tidligere når situasjonen endrer seg.",
      "Forskriften trer i kraft når den er kunngjort i Norsk Lovtidend.",
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
    facts: [
      "Kommunen er vertskommune for den interkommunale legevakten, som er lokalisert ved Lia helsetun. Samarbeidet er et administrativt vertskommunesamarbeid etter kommuneloven kapittel 20, og kostnadene fordeles etter innbyggertall.",
      "Legevakten hadde 14 200 henvendelser i fjor. Tre av fire henvendelser ble løst på telefon.",
    ],
    assessment: [
      "Kommunedirektøren vil i orienteringen legge vekt på rekruttering til legevaktordningen og responstiden i Nordbygda, og på arbeidet med en ny samarbeidsavtale som skal legges fram neste år.",
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
    facts: [
      "Fjordstua AS har drevet restaurant i Strandveien 4 siden {Y-2} med skjenkebevilling for øl og vin. Selskapet søker nå om utvidet bevilling for alkoholholdig drikk gruppe 1, 2 og 3, med uteservering på terrassen mot sjøen.",
      "Søknaden er sendt på høring til politiet, Skatteetaten og NAV, jf. alkoholloven § 1-7. Ingen av dem har merknader. Daglig leder er godkjent som styrer, og stedfortreder er ansatt kjøkkensjef. Begge har bestått kunnskapsprøven i alkoholloven.",
      "Etter de alkoholpolitiske retningslinjene kan skjenking skje til klokka 01 innendørs og til klokka 23 på uteserveringen. Bevillingen gis for perioden fram til 30. september året etter kommunestyrevalget, jf. alkoholloven § 1-6.",
    ],
    assessment: [
      "Kommunedirektøren kan ikke se at det er forhold ved søkeren, stedet eller driften som tilsier avslag. Det har ikke vært klager fra naboer eller brudd på skjenkereglene i den tiden restauranten har hatt bevilling.",
      "Restauranten ligger i et område med flere boliger. Kommunedirektøren anbefaler derfor at skjenketiden på uteserveringen settes til klokka 23, slik retningslinjene sier, og at dette blir et vilkår for bevillingen.",
    ],
    recommendation:
      "1. Formannskapet gir Fjordstua AS alminnelig skjenkebevilling for alkoholholdig drikk gruppe 1, 2 og 3 i Strandveien 4 fram til 30. september 2028, jf. alkoholloven § 1-6.\n2. Skjenking på uteserveringen skal avsluttes senest klokka 23.\n3. Daglig leder godkjennes som styrer, og kjøkkensjefen som stedfortreder.",
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
    facts: [
      "Kommunedirektøren skal gjennom året rapportere til kommunestyret om utviklingen i inntekter, utgifter og investeringer, jf. kommuneloven kapittel 14 og forskrift om økonomiplan, årsbudsjett, årsregnskap og årsberetning. Kommunen rapporterer per 30. april og 31. august.",
      "**Tabell 1: Prognose for året per tjenesteområde (mill. kr, merforbruk med minus)**",
      "| Tjenesteområde | Avvik |\n|---|---|\n| Politisk styring og administrasjon | 0,8 |\n| Oppvekst | −1,2 |\n| Helse og omsorg | −11,6 |\n| Teknisk drift | 0,4 |\n| Skatt og rammetilskudd | 2,2 |\n| Sum | −9,4 |",
      "Merforbruket i helse og omsorg skyldes to nye brukere med svært ressurskrevende tjenester og økt bruk av vikarer i sommerferien. Den statlige toppfinansieringsordningen dekker en del av kostnadene, men først året etter.",
    ],
    assessment: [
      "Kommunedirektøren foreslår å dekke merforbruket ved å bruke merinntekten fra skatt, redusere avsetningen til disposisjonsfond med 4 millioner kroner og holde ledige stillinger i administrasjonen vakante ut året. Justeringene er vist i vedlegg 1.",
      "Kommunedirektøren vurderer at det er knyttet stor usikkerhet til prognosen i helse og omsorg. Det er satt i gang tiltak for å redusere vikarbruken, og virkningen vil bli rapportert i neste tertial.",
    ],
    recommendation:
      "1. Kommunestyret tar tertialrapport 1 {Y} til orientering.\n2. Kommunestyret vedtar budsjettjusteringer som vist i vedlegg 1.",
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
    facts: [
      "Rapporten viser status per 31. august for drift, investeringer, finansforvaltning, sykefravær og oppfølging av politiske vedtak.",
      "**Tabell 1: Prognose for året (mill. kr, merforbruk med minus)**",
      "| Område | Tertial 1 | Tertial 2 |\n|---|---|---|\n| Helse og omsorg | −11,6 | −4,1 |\n| Oppvekst | −1,2 | −0,6 |\n| Renter og avdrag | 0,0 | 3,0 |\n| Skatt og rammetilskudd | 2,2 | 2,9 |\n| Øvrige områder | 1,2 | 0,9 |\n| Sum | −9,4 | 2,1 |",
      "Av investeringsbudsjettet på 212 millioner kroner er 94 millioner brukt per 31. august. Rehabiliteringen av ungdomsskolen er forsinket fordi det ble funnet fukt i bærekonstruksjonen, og 18 millioner kroner foreslås overført til neste år.",
      "Av 64 vedtak i kommunestyret siden forrige rapport er 41 gjennomført, 20 er under arbeid og 3 er forsinket. De forsinkede vedtakene er omtalt i vedlegg 2.",
    ],
    assessment: [
      "Kommunedirektøren mener tiltakene i hjemmetjenesten har hatt god effekt, og at kommunen nå ligger an til et lite mindreforbruk. Det er likevel usikkerhet knyttet til utgiftene i siste del av året, særlig i barnevernet.",
      "Kommunedirektøren anbefaler ikke å bruke det forventede mindreforbruket til nye tiltak nå. Et eventuelt mindreforbruk ved årsslutt vil gå til disposisjonsfondet, som fortsatt er under kommunestyrets mål.",
    ],
    recommendation:
      "1. Kommunestyret tar tertialrapport 2 {Y} til orientering.\n2. Kommunestyret vedtar budsjettjusteringer som vist i vedlegg 1.\n3. Ubrukte midler til rehabilitering av Eksempel ungdomsskole, 18 millioner kroner, overføres til {Y+1}.",
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
    facts: [
      "Lia næringsområde ble regulert i 2019, og kommunen har solgt seks av elleve tomter. Tomt 7 er opparbeidet med vei, vann og avløp.",
      "Prisen bygger på takst fra en uavhengig takstmann. Salg til takst sikrer at kommunen ikke gir ulovlig offentlig støtte etter EØS-reglene.",
      "Kjøper skal betale tilleggsavgift dersom byggestart ikke skjer innen to år, og kommunen har rett til å kjøpe tomta tilbake til samme pris.",
    ],
    assessment: [
      "Kommunedirektøren anbefaler salget. Etableringen gir nye arbeidsplasser og er i tråd med næringsplanen.",
      "Tilbakekjøpsretten hindrer at tomta blir liggende ubebygd for spekulasjon.",
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
    facts: [
      "Eksempel idrettslag har fått godkjent prosjektet ny kunstgressbane på Eksempel stadion, med en kostnad på 9,8 millioner kroner. Prosjektet er finansiert med spillemidler, tilskudd fra kommunen, egeninnsats og et lån fra idrettslagets bank.",
      "Spillemidlene utbetales først når søknaden når opp i køen, og det kan ta flere år. Banken krever kommunal garanti for den delen av lånet som skal betales tilbake med spillemidler og momskompensasjon.",
      "Etter kommuneloven § 14-19 kan kommunen ikke stille garanti for næringsvirksomhet, men et idrettslag driver ikke slik virksomhet. Vedtak om garanti må godkjennes av departementet, i praksis Statsforvalteren, når det gjelder et beløp av denne størrelsen.",
    ],
    assessment: [
      "Kommunedirektøren vurderer risikoen som lav. Prosjektet har fått tilsagn om spillemidler, og idrettslaget har god økonomi og lang erfaring med anleggsdrift. Dersom idrettslaget ikke kan betale, må kommunen dekke det som gjenstår av lånet.",
      "En simpel kausjon innebærer at banken først må forsøke å få dekning hos idrettslaget. Kommunedirektøren anbefaler at garantien begrenses til fem år, som er den forventede ventetiden for spillemidlene.",
      "En ny kunstgressbane gir flere treningstimer for barn og unge hele året. Idrettslaget har forpliktet seg til å bruke et innfyll uten gummigranulat, slik at det ikke spres mikroplast fra banen.",
    ],
    recommendation:
      "1. Kommunestyret stiller simpel kausjon for lån på inntil 4,5 millioner kroner til Eksempel idrettslag, med varighet i fem år, jf. kommuneloven § 14-19.\n2. Garantien reduseres i takt med utbetalingen av spillemidler og momskompensasjon.\n3. Vedtaket sendes Statsforvalteren til godkjenning.",
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
    facts: [
      "Årsregnskapet skal vedtas av kommunestyret senest seks måneder etter utgangen av regnskapsåret. Kontrollutvalget skal uttale seg om årsregnskapet og årsberetningen til kommunestyret før formannskapet innstiller i saken, jf. kommuneloven § 14-3.",
      "**Tabell 1: Nøkkeltall (mill. kr)**",
      "| Nøkkeltall | {Y-2} | {Y-1} |\n|---|---|---|\n| Driftsinntekter | 1 276 | 1 338 |\n| Netto driftsresultat | 11,5 | 21,4 |\n| Netto driftsresultat i prosent | 0,9 | 1,6 |\n| Disposisjonsfond | 82 | 96 |\n| Netto lånegjeld | 1 462 | 1 529 |",
      "Regnskapsmessig mindreforbruk er 8,2 millioner kroner. Merinntekter fra skatt og lavere pensjonskostnader enn budsjettert forklarer det meste av det gode resultatet.",
    ],
    assessment: [
      "Kommunedirektøren er fornøyd med at kommunen nådde målet for netto driftsresultat for første gang på fire år. Resultatet skyldes i stor grad forhold kommunen ikke styrer selv, som skatteinngangen, og det underliggende driftsnivået er fortsatt for høyt.",
      "Mindreforbruket foreslås avsatt til disposisjonsfond. Fondet er da på 7,2 prosent av driftsinntektene, og kommunen kommer nærmere målet på 8 prosent.",
    ],
    recommendation:
      "1. Kommunestyret godkjenner årsregnskapet for {Y-1} for Eksempel kommune.\n2. Kommunestyret tar årsberetningen for {Y-1} til orientering.\n3. Regnskapsmessig mindreforbruk på 8,2 millioner kroner avsettes til disposisjonsfond.",
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
    facts: [
      "Kontrollutvalget skal føre løpende kontroll på vegne av kommunestyret og rapporterer resultatene av arbeidet sitt til kommunestyret, jf. kommuneloven § 23-5. Årsmeldingen viser hvilke saker utvalget har behandlet, og hvilke vurderinger det har gjort.",
      "Utvalget har i {Y-1} fulgt opp forvaltningsrevisjonene om innkjøp og om barnevernet, og eierskapskontrollen av Fjordregionen IKS.",
    ],
    assessment: [
      "Kontrollutvalget mener kommunen i hovedsak følger opp revisjonens anbefalinger, men at oppfølgingen av innkjøpsrapporten har tatt for lang tid.",
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
    facts: [
      "Forvaltningsrevisjonen er bestilt av kontrollutvalget etter plan for forvaltningsrevisjon, og gjennomført av Fjordbyen revisjon IKS. Kommunestyret vedtok planen etter kommuneloven § 23-3.",
      "Revisjonen har undersøkt tre spørsmål: om byggesakene behandles innen lovens frister, om dispensasjoner begrunnes i tråd med loven, og om det er likebehandling av like saker. Revisjonen har gått gjennom 60 saker, intervjuet saksbehandlere og ledere, og sammenlignet med tre andre kommuner.",
      "Revisjonen anbefaler at kommunen:",
      "- innfører automatisk fristovervåking i saksbehandlingssystemet;\n- lager sjekklister for vurdering av dispensasjoner etter plan- og bygningsloven § 19-2;\n- gir nye saksbehandlere systematisk opplæring og veiledning;\n- rapporterer fristoverskridelser til planutvalget hvert tertial.",
      "Kommunedirektøren har gitt uttalelse til rapporten og sier seg enig i anbefalingene.",
    ],
    assessment: [
      "Kontrollutvalget mener revisjonen viser at byggesaksbehandlingen har svakheter som kan gi tap av gebyrinntekter og svekke tilliten til kommunen. Når fristen på 12 uker overskrides, skal gebyret reduseres.",
      "Kontrollutvalget anbefaler at kommunestyret ber kommunedirektøren følge opp alle fire anbefalingene, og at utvalget får en skriftlig tilbakemelding innen seks måneder.",
    ],
    recommendation:
      "1. Kommunestyret tar forvaltningsrevisjonsrapporten «Byggesaksbehandling i Eksempel kommune» til orientering.\n2. Kommunestyret ber kommunedirektøren følge opp revisjonens anbefalinger.\n3. Kommunedirektøren gir kontrollutvalget skriftlig tilbakemelding om oppfølgingen innen seks måneder.",
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
    facts: [
      "Kommunen eier 100 prosent av aksjene i Eksempel Energi AS, som driver nettvirksomhet og fjernvarme. Eierskapskontrollen er gjennomført etter kommuneloven § 23-4.",
      "Revisjonen har vurdert eierskapsutøvelsen mot kommunens eierskapsmelding og KS' anbefalinger for eierstyring. Kommunestyret skal vedta en eierskapsmelding minst én gang i valgperioden, jf. kommuneloven § 26-1.",
    ],
    assessment: [
      "Kontrollutvalget mener eierskapsmeldingen må oppdateres, slik at det går tydelig fram hva kommunen vil med selskapet, og hvilket utbytte som forventes.",
    ],
    recommendation:
      "1. Kontrollutvalget tar rapporten fra eierskapskontrollen av Eksempel Energi AS til orientering.\n2. Kontrollutvalget ber om at eierskapsmeldingen revideres i løpet av neste år, med en oppdatert eierstrategi for selskapet.",
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
    facts: [
      "Etter forskrift om kontrollutvalg og revisjon skal kontrollutvalget utarbeide forslag til budsjett for kontroll- og revisjonsarbeidet. Forslaget skal følge formannskapets innstilling til kommunestyret.",
      "**Tabell 1: Budsjett for kontroll og tilsyn (1 000 kr)**",
      "| Post | Budsjett {Y} | Forslag {Y+1} |\n|---|---|---|\n| Kontrollutvalgets møter og opplæring | 180 | 190 |\n| Sekretariatstjenester | 520 | 545 |\n| Revisjon, inkludert forvaltningsrevisjon | 1 520 | 1 565 |\n| Sum | 2 220 | 2 300 |",
    ],
    assessment: [
      "Økningen skyldes lønns- og prisvekst. Kontrollutvalget mener rammen er nødvendig for å gjennomføre planen for forvaltningsrevisjon og eierskapskontroll.",
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
    facts: [
      "Søknaden kom inn i {Y} og er begrunnet med at søkeren har fått en stilling med fast arbeidssted i utlandet fire dager i uka. Hun har hatt forfall fra tre av de fem siste kommunestyremøtene.",
      "Fritak kan gis for resten av valgperioden eller for en del av den. Når et medlem får fritak for resten av perioden, rykker det varamedlemmet som står først på listen, opp som fast medlem, jf. kommuneloven § 7-10. Søkerens verv i andre organer behandles i egen sak dersom hun søker om det.",
    ],
    assessment: [
      "Kommunedirektøren legger til grunn at vervet krever jevnlig deltakelse i møter, og at søkerens nye arbeidssituasjon gjør dette svært vanskelig for resten av perioden. Det er ikke tale om en kortvarig situasjon som kunne vært løst med permisjon.",
      "Vilkåret om uforholdsmessig vanskelighet er derfor oppfylt. Kommunedirektøren anbefaler at søknaden innvilges.",
    ],
    recommendation:
      "1. Kommunestyret innvilger {fritak1} fritak fra vervet som medlem av kommunestyret for resten av valgperioden, jf. kommuneloven § 7-9 andre ledd.\n2. {fritak1.sub} rykker opp som fast medlem av kommunestyret.",
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
    facts: [
      "Søkeren er valgt som medlem av hovedutvalg for oppvekst og kultur for valgperioden. Fra august er søkeren rektor ved en av kommunens skoler, og blir dermed inhabil i saker om egen skole og i saker søkeren har vært med på å forberede, jf. forvaltningsloven § 6.",
      "SV-gruppen er orientert og har foreslått et nytt medlem blant kommunestyrets medlemmer og varamedlemmer fra listen.",
    ],
    assessment: [
      "Kommunedirektøren mener hyppig inhabilitet i mange av utvalgets saker gjør det uforholdsmessig vanskelig å skjøtte vervet. Det vil også gi mange innkallinger av varamedlemmer. Kommunedirektøren anbefaler derfor at fritak innvilges, og at nytt medlem velges som foreslått.",
    ],
    recommendation:
      "1. Kommunestyret innvilger {fritak2} fritak fra vervet som medlem av hovedutvalg for oppvekst og kultur for resten av valgperioden.\n2. Som nytt medlem velges {fritak2.new} (SV).",
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
    facts: [
      "Kommunestyret velger meddommere til tingretten og lagmannsretten for fire år av gangen, etter reglene i domstolloven. Når en meddommer får fritak eller flytter fra kommunen, skal kommunestyret foreta suppleringsvalg.",
      "Kommunen har i perioden 28 meddommere til tingretten og 9 til lagmannsretten. Etter tre fritak og én flytting mangler det tre meddommere til tingretten og én til lagmannsretten.",
      "Politisk sekretariat har fått forslag på kandidater fra partigruppene og fra en åpen invitasjon på kommunens nettsider. Alle kandidatene har sagt seg villige til å påta seg vervet.",
    ],
    assessment: [
      "Kommunedirektøren har vurdert at kandidatene oppfyller kravene til alder, bosted og vandel, og at ingen av dem har stillinger som utelukker dem fra vervet. Med de foreslåtte kandidatene blir det en jevn fordeling av kvinner og menn i begge utvalgene.",
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
    facts: [
      "Kommuneloven gir medlemmene rett til å stille spørsmål til møtelederen i møtet, også om saker som ikke står på sakslisten. Reglementet for kommunestyret sier at spørsmål som skal besvares i møtet, må være levert til ordføreren senest tre virkedager før.",
    ],
    assessment: [
      "Ordføreren har fått bistand fra helse og omsorg til å forberede svaret. Spørsmålet debatteres ikke, men spørsmålsstilleren kan stille ett oppfølgingsspørsmål.",
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
    facts: [
      "Spørsmålet er stilt etter reglementet for kommunestyret og levert innen fristen på tre virkedager før møtet.",
    ],
    assessment: [
      "Svaret er forberedt med tall fra teknisk drift og fra siste tilstandsregistrering av byggene.",
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
    facts: [
      "En interpellasjon er et spørsmål av større prinsipiell betydning, og den må etter reglementet være levert til ordføreren senest sju dager før møtet. Interpellasjonen kan debatteres, og interpellanten kan fremme forslag.",
      "Brøyting av kommunale veier er satt ut til sju entreprenører. Kontraktene sier at brøyting skal starte når det har kommet 8 centimeter snø, og at hovedveiene skal være brøytet innen fire timer.",
    ],
    assessment: [
      "Ordføreren svarer i møtet. Dersom kommunestyret vedtar et forslag, vil kommunedirektøren følge det opp i forbindelse med ny anbudskonkurranse for brøytekontraktene.",
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
    facts: [
      "Interpellasjonen er levert innen fristen i reglementet og kan debatteres. Dersom interpellanten fremmer forslag til vedtak, kan kommunestyret vedta det i møtet, så sant ikke møtelederen eller en tredjedel av de møtende medlemmene motsetter seg det, jf. kommuneloven § 11-3.",
      "Kommunen har i dag frukt- og grøntordning på ungdomsskolen. Et enkelt daglig skolemåltid for alle elever på 1.–10. trinn er anslått å koste om lag 9 millioner kroner i året.",
    ],
    assessment: [
      "Ordføreren svarer i møtet. Eventuelle forslag om deltakelse i en forsøksordning må utredes før kommunestyret kan ta stilling til kostnader og organisering.",
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
    facts: [
      "Kommunen skal ha en overordnet beredskapsplan som bygger på den helhetlige risiko- og sårbarhetsanalysen, jf. sivilbeskyttelsesloven §§ 14 og 15 og forskrift om kommunal beredskapsplikt. Planen skal oppdateres minst én gang i året.",
      "Planen inneholder:",
      "- plan for kriseledelsen, med roller og ansvar;\n- varslingslister for kriseledelsen og samarbeidspartnere;\n- ressursoversikt over mannskap, utstyr og lokaler;\n- evakueringsplan og plan for krisekommunikasjon med innbyggere og media.",
    ],
    assessment: [
      "Kommunedirektøren vil orientere om hvordan planen skal øves. Kriseledelsen skal ha en fullskalaøvelse i løpet av neste år, slik Statsforvalteren påpekte i tilsynet.",
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
    facts: [
      "Lønnspolitisk plan gir rammene for lokale lønnsforhandlinger etter hovedtariffavtalen. Planen skal bidra til at lønn brukes som virkemiddel for å rekruttere, beholde og utvikle medarbeidere.",
      "Planen er drøftet med de hovedtillitsvalgte og hovedverneombudet. Prioriteringene bygger på kompetansekartleggingen fra i fjor, som viste at kommunen har størst utfordringer med å rekruttere sykepleiere, barnehagelærere og ingeniører.",
    ],
    assessment: [
      "Kommunedirektøren mener planen gir tydelige prioriteringer, samtidig som den gir rom for å ta hensyn til likelønn og til ansatte som ikke har hatt lokale tillegg på flere år. Kostnadene dekkes innenfor den rammen som avsettes til lokale forhandlinger i budsjettet.",
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
    facts: [
      "Arbeidsgiverstrategien er utarbeidet av en arbeidsgruppe med ledere, tillitsvalgte og verneombud. Kommunen har om lag 1 450 ansatte i 1 160 årsverk, og 38 prosent av de ansatte i helse og omsorg har deltidsstilling.",
      "Strategien har tre mål og følges opp med handlingsplaner i hver virksomhet:",
      "1. Heltid som hovedregel, med en andel heltidsansatte på minst 60 prosent innen {Y+4}.\n2. Systematisk kompetanseutvikling, med årlige medarbeidersamtaler og kompetanseplaner i alle virksomheter.\n3. Et nærvær på minst 92 prosent, gjennom tett oppfølging av sykmeldte og forebyggende arbeidsmiljøtiltak.",
    ],
    assessment: [
      "Kommunedirektøren mener målene er ambisiøse, men nødvendige for å sikre nok fagfolk. Flere heltidsstillinger krever nye turnusordninger, og dette må utvikles sammen med de ansatte og tillitsvalgte.",
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
    facts: [
      "**Tabell 1: Sykefravær 2. kvartal (prosent)**",
      "| Tjenesteområde | I fjor | I år |\n|---|---|---|\n| Oppvekst | 9,4 | 9,1 |\n| Helse og omsorg | 10,2 | 8,7 |\n| Teknisk drift | 6,1 | 6,3 |\n| Administrasjon | 4,8 | 4,5 |\n| Hele kommunen | 8,9 | 8,1 |",
    ],
    assessment: [
      "Nedgangen i helse og omsorg henger sammen med nærværsprosjektet i hjemmetjenesten. Kommunedirektøren vil bruke erfaringene i barnehagene fra høsten.",
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
    facts: [
      "Eldrerådet skal etter kommuneloven § 5-12 og forskriften om medvirkningsordninger ha saker som gjelder eldre, til uttalelse. Budsjettet og økonomiplanen berører eldre i stor grad, og rådet får dem derfor til uttalelse hvert år.",
      "Forslaget innebærer at hjemmetjenesten samles i to soner med base i sentrum og Lia, og at dagsenteret ved Lia helsetun utvides med åtte plasser. Rådets uttalelse følger saken til formannskapet og kommunestyret.",
    ],
    assessment: [
      "Sekretariatet har laget et forslag til uttalelse etter drøftingen i rådets forrige møte. Rådet kan endre eller supplere uttalelsen i møtet.",
    ],
    recommendation:
      "1. Eldrerådet støtter økningen i dagsenterplasser.\n2. Eldrerådet ber om at endringene i hjemmetjenesten evalueres etter ett år, og at rådet får evalueringen til uttalelse.",
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
    facts: [
      "Et aldersvennlig samfunn legger til rette for at eldre kan delta i samfunnet, bo trygt hjemme og få hjelp når de trenger det. Handlingsplanen følger opp kommuneplanens samfunnsdel og reformen Leve hele livet.",
      "Folkemøtene ga tre tydelige ønsker: flere benker og trygge gangveier, bedre informasjon om tilbud, og møteplasser på tvers av generasjoner. Handlingsplanen har 22 tiltak, blant annet benker langs gangvegen til sentrum, en seniorkafé på biblioteket og digital opplæring i samarbeid med frivillige.",
    ],
    assessment: [
      "Kommunedirektøren mener planen gir konkrete tiltak som kan gjennomføres innenfor dagens budsjett. Mange av tiltakene gjennomføres sammen med lag og foreninger, og flere vil også være til nytte for barnefamilier og personer med funksjonsnedsettelse.",
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
    facts: [
      "Det analoge telenettet er lagt ned, og de gamle alarmene kan ikke lenger sende signal. De digitale alarmene sender varsel over mobilnettet til responssenteret, som varsler hjemmetjenesten.",
      "For brukere uten god mobildekning monteres en ekstern antenne eller en alarm som kobles til fibernett.",
    ],
    assessment: [
      "Kommunedirektøren vil orientere om status, kostnader og om hvordan brukerne er fulgt opp underveis.",
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
    facts: [
      "Ungdomsrådet skal ha saker som gjelder ungdom, til uttalelse, jf. kommuneloven § 5-12. Barn har rett til å si sin mening i saker som angår dem, jf. barnekonvensjonen artikkel 12.",
      "I spørreundersøkelsen svarte 212 elever. Av dem mente 64 prosent at det viktigste er å få være i samme klasse som vennene sine, og 48 prosent var bekymret for lengre skyss.",
    ],
    assessment: [
      "Sekretariatet foreslår at rådet peker på elevenes egne prioriteringer, og ber om at elevene får være med i planleggingen dersom skolene slås sammen.",
    ],
    recommendation:
      "1. Ungdomsrådet ber om at elevene involveres i planleggingen av en eventuell sammenslåing.\n2. Ungdomsrådet ber om at skysstiden ikke overstiger 30 minutter hver veg.",
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
    facts: [
      "Midlene kan gis til tiltak som er åpne for ungdom mellom 13 og 19 år, og som ungdom selv er med på å planlegge og gjennomføre. Det gis ikke støtte til ordinær drift av lag og foreninger.",
      "**Tabell 1: Forslag til fordeling (kroner)**",
      "| Tiltak | Søkt | Foreslått |\n|---|---|---|\n| Sommerfestival i Lia | 90 000 | 40 000 |\n| Kurs i musikkproduksjon | 35 000 | 25 000 |\n| Gaming-LAN på ungdomshuset | 25 000 | 15 000 |\n| Skatepark-dugnad | 60 000 | 20 000 |\n| Fem mindre tiltak | 70 000 | 50 000 |\n| Sum | 280 000 | 150 000 |",
      "Fem søknader på til sammen 130 000 kroner foreslås avslått fordi de gjelder ordinær drift eller ikke er åpne for alle.",
    ],
    assessment: [
      "Sekretariatet har lagt vekt på at tiltakene når ungdom i hele kommunen, og at flere av dem er gratis å delta på.",
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
    facts: [
      "Ungdomshuset i Storgata 14 har 180 m² og tar imot rundt 60 ungdommer på en vanlig fredag. Det er ikke heis, og toalettene er ikke tilgjengelige for rullestolbrukere.",
      "Kommunedirektøren skal legge fram en sak om nye lokaler i forbindelse med økonomiplanen. Ungdomsrådet har samlet innspill fra elevrådene på ungdomsskolen og den videregående skolen.",
    ],
    assessment: [
      "Sekretariatet foreslår at innspillene oversendes samlet, og at ungdomsrådet ber om å delta i prosjektgruppen, slik at ungdommen kan følge arbeidet fra start.",
    ],
    recommendation:
      "1. Ungdomsrådet oversender innspillene til kommunedirektøren.\n2. Ungdomsrådet ber om å bli representert i prosjektgruppen for nytt ungdomshus.",
  },
];

export interface ReferenceItem {
  title: string;
  summary: readonly string[];
  facts: readonly string[];
  assessment: readonly string[];
}

/** Letters and reports put before the council and the executive committee for information. */
export const REFERENCE_ITEMS: readonly ReferenceItem[] = [
  {
    title: "Statsforvalterens tilsynsrapport – kommunens beredskapsplikt",
    summary: [
      "Statsforvalteren gjennomførte tilsyn med kommunens beredskapsplikt i høst. Det ble gitt ett avvik om manglende øvelse av kriseledelsen.",
      "Kommunedirektøren har laget en plan for å lukke avviket innen fristen.",
    ],
    facts: [
      "Tilsynet ble gjennomført som dokumenttilsyn og intervjuer med kriseledelsen. Avviket gjelder at kriseledelsen ikke har øvd de siste to årene, slik forskrift om kommunal beredskapsplikt krever.",
    ],
    assessment: [
      "Fullskalaøvelse for kriseledelsen er planlagt i vår, og Statsforvalteren får rapport når avviket er lukket.",
    ],
  },
  {
    title: "Protokoll fra representantskapsmøte i Fjordregionen IKS",
    summary: [
      "Representantskapet behandlet årsregnskap, årsmelding og eierstrategi for selskapet.",
      "Kommunens representant var ordføreren.",
    ],
    facts: [
      "Fjordregionen IKS eies av fem kommuner og driver renovasjon og gjenvinning. Årsregnskapet viser et lite overskudd, som er satt av til selskapets fond.",
    ],
    assessment: ["Protokollen gir ikke grunnlag for merknader fra kommunedirektøren."],
  },
  {
    title: "Brev fra Kommunal- og distriktsdepartementet om statsbudsjettet og kommuneøkonomien",
    summary: [
      "Departementet orienterer om forslaget til statsbudsjett og anslått vekst i kommunenes frie inntekter.",
      "Brevet legges til grunn for kommunedirektørens budsjettforslag.",
    ],
    facts: [
      "Brevet gir anslag på kommunens frie inntekter, deflator og lønnsvekst for neste år, og omtaler endringer i inntektssystemet.",
    ],
    assessment: [
      "Tallene er lagt inn i budsjettforslaget. Eventuelle endringer etter Stortingets budsjettvedtak legges fram i egen sak.",
    ],
  },
  {
    title: "Årsmelding fra Fjordbyen brann og redning IKS",
    summary: [
      "Brannvesenet rykket ut til 214 hendelser i kommunen i fjor. Det er gjennomført tilsyn i 38 særskilte brannobjekter.",
      "Årsmeldingen er sendt eierkommunene til orientering.",
    ],
    facts: [
      "Årsmeldingen viser at de fleste utrykningene var automatiske brannalarmer, og at det var fire bygningsbranner i kommunen. Det forebyggende arbeidet omfatter også feiing og tilsyn med fyringsanlegg.",
    ],
    assessment: ["Kommunedirektøren har ingen merknader til årsmeldingen."],
  },
  {
    title: "Tilsagn om skjønnsmidler til fornyings- og innovasjonsprosjekter",
    summary: [
      "Statsforvalteren har gitt tilsagn om 850 000 kroner til prosjektet «Digital hjemmeoppfølging».",
      "Prosjektet gjennomføres i samarbeid med to nabokommuner.",
    ],
    facts: [
      "Prosjektet skal prøve ut digital oppfølging av kronisk syke som bor hjemme, med målinger som sendes til hjemmesykepleien.",
    ],
    assessment: ["Tilskuddet dekker prosjektlederstilling og utstyr i to år."],
  },
  {
    title: "Protokoll fra møte i regionrådet",
    summary: [
      "Regionrådet drøftet samferdselsprioriteringer, felles næringsarbeid og høringsuttalelse til nasjonal transportplan.",
      "Protokollen legges fram for kommunestyret til orientering.",
    ],
    facts: ["Regionrådet består av ordførerne og kommunedirektørene i regionens kommuner."],
    assessment: ["Kommunedirektøren har ingen merknader til protokollen."],
  },
  {
    title: "Revisjonsbrev – oppfølging av merknader fra regnskapsrevisjonen",
    summary: [
      "Revisor har fulgt opp merknadene fra fjorårets regnskapsrevisjon om avstemming av bankkontoer og merverdiavgift.",
      "Alle merknadene er lukket.",
    ],
    facts: [
      "Merknadene gjaldt rutiner for avstemming av bankkontoer og periodisering av merverdiavgift.",
    ],
    assessment: ["Rutinene er endret, og revisor har bekreftet at de fungerer."],
  },
  {
    title: "Vedtak fra Statsforvalteren i klagesak om byggetillatelse",
    summary: [
      "Statsforvalteren har stadfestet kommunens vedtak i en klagesak om byggetillatelse for tilbygg.",
      "Vedtaket er endelig.",
    ],
    facts: [
      "Klagen gjaldt et tilbygg på en enebolig og naboens merknad om avstanden til nabogrensen.",
    ],
    assessment: ["Vedtaket er til orientering og krever ingen oppfølging."],
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
