/** Every sentence the simulator shows, in the four WBCR interface languages. */
import type { DemoFunction } from "@/lib/demo/people";

export const LANGUAGES = ["nl", "fr", "en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Shown in each language's own name so a reader of any language can find theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { nl: "Nederlands", fr: "Français", en: "English", de: "Deutsch" };

export const LOGIN_METHODS = ["eid", "itsme", "token"] as const;
export type LoginMethod = (typeof LOGIN_METHODS)[number];

export interface Texts {
  simulatorName: string;
  simulatorNotice: string;
  languageNavLabel: string;
  methodStep: string;
  methodHeading: string;
  methodLegend: string;
  methodNames: Record<LoginMethod, string>;
  methodHints: Record<LoginMethod, string>;
  languageLegend: string;
  continueButton: string;
  cancelButton: string;
  pinLabel: string;
  pinHint: string;
  pinInvalid: string;
  itsmeInstruction: string;
  itsmeConfirmButton: string;
  tokenLabel: string;
  tokenHint: string;
  tokenInvalid: string;
  identityStep: string;
  identityHeading: string;
  identityLegend: string;
  identityInvalid: string;
  inszLabel: string;
  signInButton: string;
  signingOutHeading: string;
  signingOutText: string;
  signOutButton: string;
  signedOutHeading: string;
  signedOutText: string;
  errorHeading: string;
  errorText: string;
  badRequest: string;
  /** Words of the demo people's descriptions on the identity list (demo-descriptions.ts). */
  people: {
    /** As inside a sentence; the description's first letter is capitalised. */
    functions: Record<DemoFunction, string>;
    /** Specialties named after "specialist" (radiotherapy, the usual one, is not named). */
    specialties: Record<string, string>;
    /** "{physicians}" is a list of `doctor` names. */
    registersFor: string;
    doctor: string;
    and: string;
  };
}

export const TEXTS: Record<Language, Texts> = {
  nl: {
    simulatorName: "eHealth-simulator",
    simulatorNotice: "Dit is een simulator voor ontwikkeling en tests. Er wordt geen echte identiteit gecontroleerd.",
    languageNavLabel: "Taal",
    methodStep: "Stap 1 van 2",
    methodHeading: "Hoe wilt u zich aanmelden?",
    methodLegend: "Aanmeldmethode",
    methodNames: { eid: "eID-kaart + pincode", itsme: "itsme", token: "Token" },
    methodHints: {
      eid: "Met uw identiteitskaart en kaartlezer.",
      itsme: "Met de itsme-app op uw smartphone.",
      token: "Met een code van uw eHealth-token.",
    },
    languageLegend: "Taal",
    continueButton: "Doorgaan",
    cancelButton: "Annuleren",
    pinLabel: "Pincode van uw eID-kaart",
    pinHint: "4 cijfers. In de simulator is elke code goed.",
    pinInvalid: "Geef 4 cijfers in.",
    itsmeInstruction: "Open de itsme-app op uw smartphone en bevestig de aanmelding.",
    itsmeConfirmButton: "Bevestigen in de app (gesimuleerd)",
    tokenLabel: "Tokencode",
    tokenHint: "In de simulator is elke code goed.",
    tokenInvalid: "Geef de tokencode in.",
    identityStep: "Stap 2 van 2",
    identityHeading: "Als wie wilt u zich aanmelden?",
    identityLegend: "Persoon",
    identityInvalid: "Kies een persoon uit de lijst.",
    inszLabel: "INSZ",
    signInButton: "Aanmelden",
    signingOutHeading: "U wordt afgemeld",
    signingOutText: "Even geduld, u wordt overal afgemeld.",
    signOutButton: "Afmelden",
    signedOutHeading: "U bent afgemeld",
    signedOutText: "U kunt dit venster sluiten.",
    errorHeading: "Er ging iets mis",
    errorText: "Ga terug naar de toepassing en probeer opnieuw.",
    badRequest: "Deze aanmelding is verlopen of ongeldig.",
    people: {
      functions: {
        SPECIALIST: "specialist",
        COORDINATOR: "coördinator",
        ADMINISTRATIVE: "administratief medewerker",
        ACCESS_MANAGER: "toegangsbeheerder",
        REGISTRY_STAFF: "medewerker van het register",
      },
      specialties: { NEUROSURGERY: "neurochirurgie" },
      registersFor: "voor {physicians}",
      doctor: "dr. {name}",
      and: "en",
    },
  },
  fr: {
    simulatorName: "Simulateur eHealth",
    simulatorNotice: "Ceci est un simulateur pour le développement et les tests. Aucune identité réelle n'est vérifiée.",
    languageNavLabel: "Langue",
    methodStep: "Étape 1 sur 2",
    methodHeading: "Comment souhaitez-vous vous connecter ?",
    methodLegend: "Méthode de connexion",
    methodNames: { eid: "Carte eID + code PIN", itsme: "itsme", token: "Token" },
    methodHints: {
      eid: "Avec votre carte d'identité et un lecteur de carte.",
      itsme: "Avec l'application itsme sur votre smartphone.",
      token: "Avec un code de votre token eHealth.",
    },
    languageLegend: "Langue",
    continueButton: "Continuer",
    cancelButton: "Annuler",
    pinLabel: "Code PIN de votre carte eID",
    pinHint: "4 chiffres. Dans le simulateur, tout code est accepté.",
    pinInvalid: "Saisissez 4 chiffres.",
    itsmeInstruction: "Ouvrez l'application itsme sur votre smartphone et confirmez la connexion.",
    itsmeConfirmButton: "Confirmer dans l'app (simulé)",
    tokenLabel: "Code du token",
    tokenHint: "Dans le simulateur, tout code est accepté.",
    tokenInvalid: "Saisissez le code du token.",
    identityStep: "Étape 2 sur 2",
    identityHeading: "Sous quelle identité souhaitez-vous vous connecter ?",
    identityLegend: "Personne",
    identityInvalid: "Choisissez une personne dans la liste.",
    inszLabel: "NISS",
    signInButton: "Se connecter",
    signingOutHeading: "Déconnexion en cours",
    signingOutText: "Un instant, vous êtes déconnecté partout.",
    signOutButton: "Se déconnecter",
    signedOutHeading: "Vous êtes déconnecté",
    signedOutText: "Vous pouvez fermer cette fenêtre.",
    errorHeading: "Une erreur s'est produite",
    errorText: "Retournez à l'application et réessayez.",
    badRequest: "Cette connexion a expiré ou n'est pas valable.",
    people: {
      functions: {
        SPECIALIST: "spécialiste",
        COORDINATOR: "coordinateur",
        ADMINISTRATIVE: "collaborateur administratif",
        ACCESS_MANAGER: "gestionnaire des accès",
        REGISTRY_STAFF: "collaborateur du Registre",
      },
      specialties: { NEUROSURGERY: "neurochirurgie" },
      registersFor: "pour {physicians}",
      doctor: "Dr {name}",
      and: "et",
    },
  },
  en: {
    simulatorName: "eHealth simulator",
    simulatorNotice: "This is a simulator for development and tests. No real identity is checked.",
    languageNavLabel: "Language",
    methodStep: "Step 1 of 2",
    methodHeading: "How do you want to sign in?",
    methodLegend: "Sign-in method",
    methodNames: { eid: "eID card + PIN", itsme: "itsme", token: "Token" },
    methodHints: {
      eid: "With your identity card and a card reader.",
      itsme: "With the itsme app on your smartphone.",
      token: "With a code from your eHealth token.",
    },
    languageLegend: "Language",
    continueButton: "Continue",
    cancelButton: "Cancel",
    pinLabel: "PIN code of your eID card",
    pinHint: "4 digits. The simulator accepts any code.",
    pinInvalid: "Enter 4 digits.",
    itsmeInstruction: "Open the itsme app on your smartphone and confirm the sign-in.",
    itsmeConfirmButton: "Confirm in app (simulated)",
    tokenLabel: "Token code",
    tokenHint: "The simulator accepts any code.",
    tokenInvalid: "Enter the token code.",
    identityStep: "Step 2 of 2",
    identityHeading: "Who do you want to sign in as?",
    identityLegend: "Person",
    identityInvalid: "Choose a person from the list.",
    inszLabel: "INSZ",
    signInButton: "Sign in",
    signingOutHeading: "Signing you out",
    signingOutText: "One moment, you are being signed out everywhere.",
    signOutButton: "Sign out",
    signedOutHeading: "You are signed out",
    signedOutText: "You may close this window.",
    errorHeading: "Something went wrong",
    errorText: "Go back to the application and try again.",
    badRequest: "This sign-in has expired or is not valid.",
    people: {
      functions: {
        SPECIALIST: "specialist",
        COORDINATOR: "coordinator",
        ADMINISTRATIVE: "administrative staff",
        ACCESS_MANAGER: "access manager",
        REGISTRY_STAFF: "registry staff",
      },
      specialties: { NEUROSURGERY: "neurosurgery" },
      registersFor: "for {physicians}",
      doctor: "Dr {name}",
      and: "and",
    },
  },
  de: {
    simulatorName: "eHealth-Simulator",
    simulatorNotice: "Dies ist ein Simulator für Entwicklung und Tests. Es wird keine echte Identität geprüft.",
    languageNavLabel: "Sprache",
    methodStep: "Schritt 1 von 2",
    methodHeading: "Wie möchten Sie sich anmelden?",
    methodLegend: "Anmeldemethode",
    methodNames: { eid: "eID-Karte + PIN", itsme: "itsme", token: "Token" },
    methodHints: {
      eid: "Mit Ihrem Personalausweis und einem Kartenleser.",
      itsme: "Mit der itsme-App auf Ihrem Smartphone.",
      token: "Mit einem Code Ihres eHealth-Tokens.",
    },
    languageLegend: "Sprache",
    continueButton: "Weiter",
    cancelButton: "Abbrechen",
    pinLabel: "PIN-Code Ihrer eID-Karte",
    pinHint: "4 Ziffern. Der Simulator akzeptiert jeden Code.",
    pinInvalid: "Geben Sie 4 Ziffern ein.",
    itsmeInstruction: "Öffnen Sie die itsme-App auf Ihrem Smartphone und bestätigen Sie die Anmeldung.",
    itsmeConfirmButton: "In der App bestätigen (simuliert)",
    tokenLabel: "Token-Code",
    tokenHint: "Der Simulator akzeptiert jeden Code.",
    tokenInvalid: "Geben Sie den Token-Code ein.",
    identityStep: "Schritt 2 von 2",
    identityHeading: "Als wer möchten Sie sich anmelden?",
    identityLegend: "Person",
    identityInvalid: "Wählen Sie eine Person aus der Liste.",
    inszLabel: "ENSS",
    signInButton: "Anmelden",
    signingOutHeading: "Sie werden abgemeldet",
    signingOutText: "Einen Moment, Sie werden überall abgemeldet.",
    signOutButton: "Abmelden",
    signedOutHeading: "Sie sind abgemeldet",
    signedOutText: "Sie können dieses Fenster schließen.",
    errorHeading: "Etwas ist schiefgelaufen",
    errorText: "Kehren Sie zur Anwendung zurück und versuchen Sie es erneut.",
    badRequest: "Diese Anmeldung ist abgelaufen oder ungültig.",
    people: {
      functions: {
        SPECIALIST: "Facharzt",
        COORDINATOR: "Koordinator",
        ADMINISTRATIVE: "Verwaltungsmitarbeiter",
        ACCESS_MANAGER: "Zugangsverwalter",
        REGISTRY_STAFF: "Mitarbeiter des Registers",
      },
      specialties: { NEUROSURGERY: "Neurochirurgie" },
      registersFor: "für {physicians}",
      doctor: "Dr. {name}",
      and: "und",
    },
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function isLoginMethod(value: unknown): value is LoginMethod {
  return typeof value === "string" && (LOGIN_METHODS as readonly string[]).includes(value);
}

/** First supported language in an OIDC `ui_locales` value ("fr-BE nl"), else Dutch as WBCR does. */
export function languageFromUiLocales(uiLocales: unknown): Language {
  if (typeof uiLocales !== "string") return "nl";
  for (const tag of uiLocales.split(/\s+/)) {
    const primary = tag.split("-")[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return "nl";
}
